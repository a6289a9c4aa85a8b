package io.omharness.speed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU seconds (user + system) used so far by every process whose command line contains a word (Linux /proc). */
final class ProcessCpu {
    private ProcessCpu() {
    }

    static double seconds(String commandLineContains) throws IOException {
        double sum = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) dirs::iterator) {
                if (!p.getFileName().toString().matches("\\d+")) {
                    continue;
                }
                try {
                    if (!Files.readString(p.resolve("cmdline")).contains(commandLineContains)) {
                        continue;
                    }
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    sum += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime + stime, in clock ticks
                } catch (IOException | RuntimeException gone) {
                    // the process ended while being read
                }
            }
        }
        return sum;
    }
}
