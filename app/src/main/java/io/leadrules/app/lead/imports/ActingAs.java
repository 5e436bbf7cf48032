package io.leadrules.app.lead.imports;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who started a job, carried to the job's thread: every lead an import stores is audited as the change of the caller
 * who sent the file ({@code CurrentActor}), not of the service. The thread is left as it was found.
 */
record ActingAs(Authentication authentication) {

    static ActingAs current() {
        return new ActingAs(SecurityContextHolder.getContext().getAuthentication());
    }

    void run(Runnable work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
