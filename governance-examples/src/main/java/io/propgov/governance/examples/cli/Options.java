package io.propgov.governance.examples.cli;

import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.PolicyLayer;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Parsing of the options shared by several commands. */
final class Options {

  /** The zone {@code --as-of today} is read in when no {@code --zone} is given. */
  static final String DEFAULT_ZONE = "Asia/Shanghai";

  private Options() {}

  /** Maps {@code --lang} to a locale: {@code en} or {@code zh}. */
  static Locale locale(String lang) {
    return switch (lang) {
      case "en" -> Locale.ENGLISH;
      case "zh", "zh-CN" -> Locale.SIMPLIFIED_CHINESE;
      default -> throw new GovernanceCli.UsageError("--lang must be en or zh, was '" + lang + "'");
    };
  }

  /**
   * The date a command judges on and how it was given.
   *
   * @param date the date
   * @param zone the zone whose calendar gave today's date for {@code --as-of today}, else null
   */
  record AsOf(LocalDate date, ZoneId zone) {

    /** The date as the text output shows it: with the zone when it was today's. */
    String text(Locale locale) {
      if (zone == null) {
        return date.toString();
      }
      return date + ("zh".equals(locale.getLanguage()) ? "（" + zone.getId() + " 时区的今天）" : " (today in " + zone.getId() + ")");
    }
  }

  /**
   * Returns the date a command judges on: {@code --as-of D}, or {@code --as-of today} read from
   * the clock in {@code --zone} (default Asia/Shanghai) — the one place the tool reads the clock —
   * or else the facts' {@code asOf}. Without any of them the command stops: no date is taken
   * from the clock unasked.
   *
   * @param option the {@code --as-of} text, or null
   * @param zone the {@code --zone} text, or null
   * @param fromFacts the facts' {@code asOf}, empty when the command reads no facts or they have none
   * @param factsMayGiveIt whether the command reads a facts file that could hold an {@code asOf}
   */
  static AsOf asOf(String option, String zone, Optional<LocalDate> fromFacts, boolean factsMayGiveIt) {
    return asOf("--as-of", option, zone, fromFacts, factsMayGiveIt);
  }

  /** As {@link #asOf(String, String, Optional, boolean)}, for an option of another name. */
  static AsOf asOf(String name, String option, String zone, Optional<LocalDate> fromFacts, boolean factsMayGiveIt) {
    if (option != null && option.equals("today")) {
      ZoneId id = zone(zone == null ? DEFAULT_ZONE : zone);
      return new AsOf(LocalDate.now(id), id);
    }
    if (zone != null) {
      throw new GovernanceCli.UsageError("--zone goes with " + name + " today (the zone whose date is today's);"
          + " a date given as YYYY-MM-DD or by the facts needs no zone");
    }
    if (option != null) {
      try {
        return new AsOf(LocalDate.parse(option), null);
      } catch (DateTimeParseException e) {
        throw new GovernanceCli.UsageError(name + " must be a date YYYY-MM-DD, such as 2024-12-31, or today;"
            + " was '" + option + "'", name + " 须为日期（年-月-日，如 2024-12-31）或 today；实为“" + option + "”");
      }
    }
    if (fromFacts.isPresent()) {
      return new AsOf(fromFacts.get(), null);
    }
    throw new GovernanceCli.UsageError("no as-of date: the decisions need the date they speak for, and the tool"
        + " does not take today's date unasked; give " + name + " YYYY-MM-DD (or " + name + " today, today's date"
        + " in --zone, default " + DEFAULT_ZONE + ")" + (factsMayGiveIt ? ", or an \"asOf\" in the facts file" : ""),
        "缺少评估日期：决定须注明所依据的日期，本工具不会擅自采用当天日期；请给出 " + name + " 年-月-日（或 " + name
        + " today，即 --zone 时区的当天，默认 " + DEFAULT_ZONE + "）" + (factsMayGiveIt ? "，或在事实数据文件中给出“asOf”" : ""));
  }

  private static ZoneId zone(String zone) {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new GovernanceCli.UsageError("--zone must be a time-zone region such as " + DEFAULT_ZONE
          + " or UTC, was '" + zone + "'");
    }
  }

  /**
   * Returns a reader that knows the presets (their ids reserved) and the policy files given with
   * {@code --parent}. A parent file that takes the id of a bundled policy ({@code cn-national} or
   * a preset) with other content is refused, naming the file.
   */
  static GovernanceJson withParents(GovernanceJson json, List<Path> parents) {
    if (parents == null || parents.isEmpty()) {
      return json; // every reader knows the presets as parents already
    }
    List<PolicyLayer> layers = new ArrayList<>();
    for (Path parent : parents) {
      try {
        layers.add(json.readLayer(parent));
      } catch (InvalidPolicyException e) {
        throw new GovernanceCli.UsageError("--parent " + parent + ": " + e.getMessage());
      }
    }
    return json.withParents(layers);
  }
}
