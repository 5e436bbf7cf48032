package io.leadrules.app.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into its addresses. An interface so that tests stub it: none of them looks a name up or
 * reaches a private range on purpose.
 */
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
