package io.propgov.governance.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Input errors read in Chinese from their code's template, with the values of the English message. */
class ErrorMessagesTests {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @Test
  void aConstraintErrorReadsInChineseWithItsValues() {
    assertEquals("缺少必填字段“id”", ErrorMessages.message(new InputError("/estates/0/id", "required", "'id' is required"), ZH));
    assertEquals("须大于 0，实为 -100",
        ErrorMessages.message(new InputError("/a", "exclusiveMinimum", "must be greater than 0, was -100"), ZH));
    assertEquals("至少须有 1 项，实有 0 项",
        ErrorMessages.message(new InputError("/a", "minItems", "must hold at least 1 item, held 0"), ZH));
  }

  @Test
  void anEnumsValuesEachCarryTheirChineseName() {
    InputError error = new InputError("/m", "enum", "must be one of HIRE_COMPANY, DISMISS_COMPANY, was \"SACK\"");
    assertEquals("须为以下之一：HIRE_COMPANY（选聘物业服务企业）、DISMISS_COMPANY（解聘物业服务企业）；实为 \"SACK\"",
        ErrorMessages.message(error, ZH));
  }

  @Test
  void englishAndMessagesNoTemplateAccountsForAreShownAsWritten() {
    InputError unknown = new InputError("/a", "required", "something else entirely");
    assertEquals("something else entirely", ErrorMessages.message(unknown, ZH));
    InputError required = new InputError("/a", "required", "'a' is required");
    assertEquals("'a' is required", ErrorMessages.message(required, Locale.ENGLISH));
    assertEquals(required.toString(), ErrorMessages.line(required, Locale.ENGLISH));
  }

  @Test
  void anInvalidDocumentIsDescribedInChineseLineByLine() {
    InvalidFactsException e = new InvalidFactsException(List.of(new InputError("", "required", "'asOf' is required"),
        new InputError("/x", "minLength", "must not be blank")));
    assertEquals("事实数据有误，共 2 处错误：\n  （文档）：缺少必填字段“asOf”\n  /x：不得为空白", ErrorMessages.describe(e, ZH));
    assertEquals(e.getMessage(), ErrorMessages.describe(e, Locale.ENGLISH));
  }

  @Test
  void aFileThatCannotBeReadIsNamedInChineseWithWhy() {
    assertEquals("无法读取 /no/such.json：文件不存在",
        ErrorMessages.message(new InputError("", "io", "cannot read /no/such.json: no such file"), ZH));
    assertEquals("无法读取 facts.json：无权访问",
        ErrorMessages.message(new InputError("", "io", "cannot read facts.json: access denied"), ZH));
    // Any other reason is the system's own words, kept as they are.
    assertEquals("无法读取 a.json：Is a directory",
        ErrorMessages.message(new InputError("", "io", "cannot read a.json: Is a directory"), ZH));
  }
}
