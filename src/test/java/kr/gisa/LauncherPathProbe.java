package kr.gisa;

/** Runs the launcher's path to the window JVM (javac's main stands in for the window), for {@link ClassDataStartTest}. */
public final class LauncherPathProbe {

    private LauncherPathProbe() {
    }

    public static void main(String[] args) {
        System.exit(ClassDataStart.run("com.sun.tools.javac.Main", new String[]{"-version"}));
    }
}
