package dev.jetpod.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.jetpod.runtime.JsonProblems;
import dev.jetpod.runtime.RuntimeFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * The one line an operator reads when a command fails. Runtime failures are worded for users already; the JDK's
 * file errors carry only a path as their message, so the problem is put in words here; nothing prints a Java class.
 */
final class CliErrors {
    private CliErrors() {
    }

    static String render(Throwable t) {
        Throwable e = t instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : t;
        if (e instanceof RuntimeFailure || e instanceof IllegalArgumentException) {
            return firstLine(e.getMessage());
        }
        if (e instanceof JsonProcessingException j) {
            return JsonProblems.describe(j);
        }
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + ": already exists";
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? "file system error" : f.getReason());
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return firstLine(e.getMessage());
        }
        return "unexpected failure (" + (e.getMessage() == null ? "no details" : firstLine(e.getMessage())) + ")";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no details";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
