package io.propgov.governance.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.propgov.governance.message.ConstraintMessages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConstraintMessagesTests {

  @Test
  void everyMessageIsInBothLanguages() {
    assertEquals(ConstraintMessages.ENGLISH.keys(), ConstraintMessages.CHINESE.keys());
  }

  @Test
  void theLanguageFollowsTheLocaleNeverTheJvmDefault() {
    assertEquals("must be at least 1, was 0", new FieldSink(Locale.ENGLISH).atLeast("1", "0"));
    assertEquals("不得小于 1，实为 0", new FieldSink(Locale.SIMPLIFIED_CHINESE).atLeast("1", "0"));
    assertEquals("缺少必填字段“id”", new FieldSink(Locale.CHINESE).required("id"));
    assertEquals("'id' is required", new FieldSink(Locale.FRENCH).required("id"));
  }
}
