package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.policy.GovernancePolicy;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ApiTests {

  @Test
  void theModuleExportsOnlyTheApiPackageAndOpensNothing() {
    Module module = GovernanceJson.class.getModule();
    assertTrue(module.isNamed(), "the tests run on the module path");
    ModuleDescriptor descriptor = module.getDescriptor();

    assertEquals("io.propgov.governance.json", descriptor.name());
    assertEquals(Set.of("io.propgov.governance.json"),
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(descriptor.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    assertEquals(Set.of(), descriptor.opens());
  }

  @Test
  void theOnlyPublicTypesAreTheEntryPointAndFacts() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(GovernanceJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = classes.resolve("io/propgov/governance/json");
    Set<String> publicTypes = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = file.getFileName().toString().replace(".class", "");
        if (name.equals("package-info")) {
          continue;
        }
        Class<?> type = Class.forName("io.propgov.governance.json." + name, false, GovernanceJson.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers()) && (type.getEnclosingClass() == null
            || Modifier.isPublic(type.getEnclosingClass().getModifiers()))) {
          publicTypes.add(type.getSimpleName());
        }
      }
    }

    // GovernanceModule and its exception: for hosts reading and writing through their own ObjectMapper;
    // AssessedEstate: what assessEstate gives for one estate line.
    assertEquals(Set.of("Facts", "GovernanceJson", "InputLimits", "GovernanceModule", "InvalidDocumentException",
        "AssessedEstate"), publicTypes);
  }

  @Test
  void theEntryPointIsFinalWithoutPublicConstructorsAndImmutable() {
    Class<GovernanceJson> type = GovernanceJson.class;

    assertTrue(Modifier.isFinal(type.getModifiers()));
    assertEquals(0, type.getConstructors().length);
    for (Field field : type.getDeclaredFields()) {
      assertTrue(Modifier.isFinal(field.getModifiers()), field::getName);
    }
  }

  @Test
  void oneInstanceServesManyThreadsAtOnce() throws Exception {
    String policyText = Fixtures.cnDefault();
    String factsText = JSON.writeFacts(new Facts(List.of(Fixtures.dismissingEstate()), LocalDate.of(2024, 12, 31)));
    GovernancePolicy policy = JSON.readPolicy(policyText);
    String expected = JSON.writeDecision(GovernanceEngine.create(policy).assess(Fixtures.dismissingEstate(),
        LocalDate.of(2024, 12, 31)), Locale.SIMPLIFIED_CHINESE);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        runs.add(pool.submit(() -> {
          GovernanceJson json = GovernanceJson.create();
          GovernancePolicy p = json.readPolicy(policyText);
          Facts facts = json.readFacts(factsText);
          Estate estate = facts.estates().get(0);
          return json.writeDecision(GovernanceEngine.create(p).assess(estate, facts.asOf()), Locale.SIMPLIFIED_CHINESE);
        }));
      }
      for (Future<String> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
