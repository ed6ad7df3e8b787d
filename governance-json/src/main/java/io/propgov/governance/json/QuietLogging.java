package io.propgov.governance.json;

import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Keeps SLF4J quiet for a host that has no logging provider. The schema validator logs through
 * SLF4J 2, whose first logger prints "No SLF4J providers were found" on stderr when none is bound
 * and then discards every message. This module logs nothing itself, so it must not make a host
 * without logging print that: when no provider is visible (as SLF4J looks for them), SLF4J is
 * initialised once here with its internal reports limited to errors, and the system property is
 * cleared again. A host with a provider, or one that chose a provider or a verbosity by system
 * property, or one with an SLF4J 1.7 binding (which SLF4J rightly warns it ignores), is left
 * untouched: SLF4J starts as it would have.
 */
final class QuietLogging {

  private static final String VERBOSITY = "slf4j.internal.verbosity";
  private static final String PROVIDER = "slf4j.provider";

  static {
    ClassLoader loader = LoggerFactory.class.getClassLoader();
    if (System.getProperty(VERBOSITY) == null && System.getProperty(PROVIDER) == null
        && !hasProvider(loader) && !hasOldBinding(loader)) {
      System.setProperty(VERBOSITY, "ERROR");
      try {
        LoggerFactory.getILoggerFactory();
      } finally {
        System.clearProperty(VERBOSITY);
      }
    }
  }

  private QuietLogging() {}

  /** Runs the check above once per class loader; later calls do nothing. */
  static void ensure() {
    // The work is the static initialiser's, which the JVM runs exactly once.
  }

  private static boolean hasProvider(ClassLoader loader) {
    return ServiceLoader.load(SLF4JServiceProvider.class, loader).stream().findAny().isPresent();
  }

  private static boolean hasOldBinding(ClassLoader loader) {
    ClassLoader search = loader != null ? loader : ClassLoader.getSystemClassLoader();
    return search.getResource("org/slf4j/impl/StaticLoggerBinder.class") != null;
  }
}
