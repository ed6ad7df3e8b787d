package io.propgov.governance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the exported API of governance-core: adding or removing an exported package is a decision. */
class ModuleApiTests {

  private static ModuleDescriptor descriptor() {
    Module module = GovernanceEngine.class.getModule();
    assertTrue(module.isNamed(), "tests run on the module path, so the descriptor is the one shipped");
    return module.getDescriptor();
  }

  @Test
  void exportsOnlyTheApiPackages() {
    Set<String> exported = descriptor().exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(Set.of("io.propgov.governance.area", "io.propgov.governance.policy", "io.propgov.governance.explain",
        "io.propgov.governance.error", "io.propgov.governance.estate", "io.propgov.governance.satisfaction",
        "io.propgov.governance.vote", "io.propgov.governance.org", "io.propgov.governance.metrics",
        "io.propgov.governance.service", "io.propgov.governance.credit", "io.propgov.governance.subsidy",
        "io.propgov.governance.money",
        "io.propgov.governance.owners",
        "io.propgov.governance.engine", "io.propgov.governance.layer", "io.propgov.governance.whatif",
        "io.propgov.governance.constraint", "io.propgov.governance.validation", "io.propgov.governance.contract",
        "io.propgov.governance.mode", "io.propgov.governance.workorder")), exported);
  }

  @Test
  void keepsInternalHelpersUnexported() {
    assertTrue(descriptor().packages().contains("io.propgov.governance.internal"));
    assertTrue(descriptor().exports().stream().noneMatch(e -> e.source().endsWith(".internal")));
  }

  /**
   * The stack each dependency serves: vavr and the validation API in the public signatures
   * (so transitive), Hibernate Validator as the reference checker, Immutables at compile time only.
   */
  @Test
  void requiresOnlyItsStack() {
    Set<String> required = descriptor().requires().stream().map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet());
    assertEquals(Set.of("java.base", "java.logging", "io.vavr", "jakarta.validation", "org.hibernate.validator",
        "org.immutables.value.annotations"), required);
    assertTrue(descriptor().requires().stream().anyMatch(r -> r.name().equals("org.immutables.value.annotations")
        && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)), "Immutables is compile-time only");
    assertTrue(descriptor().requires().stream().filter(r -> r.name().equals("io.vavr")
        || r.name().equals("jakarta.validation")).allMatch(r -> r.modifiers()
        .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)), "vavr and jakarta.validation are in the API");
  }
}
