/**
 * Keeps the machine's cores busy: one spinning thread per core (or the count given), until killed.
 * Run with the JDK's source launcher: java .ci/CpuBurner.java [threads]
 */
public class CpuBurner {
    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < threads; i++) {
            Thread spinner = new Thread(() -> {
                long x = 0;
                while (true) {
                    x = x * 6364136223846793005L + 1442695040888963407L;
                    if (x == 42) System.out.print("");
                }
            }, "burn-" + i);
            spinner.start();
        }
        System.out.println("burning " + threads + " threads, pid " + ProcessHandle.current().pid());
    }
}
