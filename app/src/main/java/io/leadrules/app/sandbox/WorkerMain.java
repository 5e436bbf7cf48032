package io.leadrules.app.sandbox;

import ch.qos.logback.classic.Level;
import io.leadrules.app.sandbox.WorkerProtocol.Answer;
import io.leadrules.app.sandbox.WorkerProtocol.Outcome;
import io.leadrules.app.sandbox.WorkerProtocol.Request;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker process: a plain {@code main}, no Spring context. It takes requests on stdin and answers on stdout, one
 * rule set at a time (see {@link WorkerProtocol}), until stdin closes.
 *
 * <p>Stdout belongs to the protocol alone: Drools and logback print to {@code System.out}, so before anything else
 * runs, {@code System.out} is pointed at stderr (which the service reads into its log) and the protocol keeps the
 * real stdout to itself. After a refusal the worker exits: a rule set that ran away may have left a thread behind,
 * and the next upload deserves a clean process.
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream answers = new DataOutputStream(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        quietLogs();
        DataInputStream requests = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        RuleSetTrial trial = new RuleSetTrial();
        WorkerProtocol.write(answers, Answer.ready());
        serve(requests, answers, trial);
    }

    private static void serve(DataInputStream requests, DataOutputStream answers, RuleSetTrial trial)
            throws IOException {
        while (true) {
            Request request;
            try {
                request = WorkerProtocol.read(requests, Request.class);
            } catch (EOFException closed) {
                return;
            }
            Answer answer = trial.run(request);
            WorkerProtocol.write(answers, answer);
            if (answer.outcome() == Outcome.REFUSED) {
                System.err.println("Refused a rule set (" + answer.limit() + "); this worker retires");
                Runtime.getRuntime().halt(0);
            }
        }
    }

    /** Logback without a configuration logs everything at DEBUG; the service wants warnings only. */
    private static void quietLogs() {
        Logger root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(Level.WARN);
        }
    }
}
