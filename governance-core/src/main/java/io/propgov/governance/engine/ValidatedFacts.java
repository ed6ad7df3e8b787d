package io.propgov.governance.engine;

import io.propgov.governance.area.Valid;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The estates and credit records of one facts document, each validated at most once (with its
 * pointer in the document) however many parts of an assessment ask: an estate's report, the
 * applications that name it and the roll-ups read the same result. Not thread-safe: one per
 * assessment.
 */
final class ValidatedFacts {

  private final Areas areas;
  private final List<Estate> estates;
  private final List<CompanyRecord> companies;
  private final LocalDate asOf;
  private final List<Validation<Seq<InputError>, Valid<Estate>>> estateChecks;
  private final List<Validation<Seq<InputError>, Valid<CompanyRecord>>> companyChecks;

  ValidatedFacts(Areas areas, List<Estate> estates, List<CompanyRecord> companies, LocalDate asOf) {
    this.areas = areas;
    this.estates = estates;
    this.companies = companies;
    this.asOf = asOf;
    this.estateChecks = new ArrayList<>(java.util.Collections.nCopies(estates.size(), null));
    this.companyChecks = new ArrayList<>(java.util.Collections.nCopies(companies.size(), null));
  }

  private static <T> Validation<Seq<InputError>, T> missing(String pointer) {
    return Validation.invalid(io.vavr.collection.List.of(new InputError(pointer, "required", FieldSink.NULL_ITEM)));
  }

  /** The validation of the estate at index {@code i}, its errors under {@code /estates/i}. */
  Validation<Seq<InputError>, Valid<Estate>> estate(int i) {
    Validation<Seq<InputError>, Valid<Estate>> checked = estateChecks.get(i);
    if (checked == null) {
      checked = estates.get(i) == null ? missing("/estates/" + i)
          : areas.estate.validate(estates.get(i), "/estates/" + i, asOf);
      estateChecks.set(i, checked);
    }
    return checked;
  }

  /** The validation of the credit record at index {@code j}, its errors under {@code /companies/j}. */
  Validation<Seq<InputError>, Valid<CompanyRecord>> company(int j) {
    Validation<Seq<InputError>, Valid<CompanyRecord>> checked = companyChecks.get(j);
    if (checked == null) {
      checked = companies.get(j) == null ? missing("/companies/" + j)
          : areas.credit().validate(companies.get(j), "/companies/" + j, asOf);
      companyChecks.set(j, checked);
    }
    return checked;
  }
}
