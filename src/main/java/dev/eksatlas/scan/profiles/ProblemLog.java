package dev.eksatlas.scan.profiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The problems of one file, capped so that a file full of junk gives a readable list, not thousands of lines. */
final class ProblemLog {
    static final int MAX_PROBLEMS_PER_FILE = 50;

    private final Path file;
    private final List<ProfileProblem> problems = new ArrayList<>();
    private int dropped;

    ProblemLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void add(int line, String message) {
        if (problems.size() < MAX_PROBLEMS_PER_FILE) {
            problems.add(new ProfileProblem(file, line, message));
        } else {
            dropped++;
        }
    }

    List<ProfileProblem> problems() {
        List<ProfileProblem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            all.add(new ProfileProblem(file, 0, dropped + " more problems in this file are not listed"));
        }
        return List.copyOf(all);
    }
}
