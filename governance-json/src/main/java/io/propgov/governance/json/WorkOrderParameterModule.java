package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.org.DayCount;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.workorder.FollowUpRatings;
import io.propgov.governance.workorder.OrderCategories;
import io.propgov.governance.workorder.OrderCategory;
import io.propgov.governance.workorder.RankingRule;
import io.propgov.governance.workorder.RatingLevel;
import java.io.IOException;

/**
 * The JSON form of the work-order parameters ({@code workorder.*}), both ways:
 * {@link OrderCategories} as an array of categories with their deadlines, {@link FollowUpRatings}
 * as an array of ratings, {@link RankingRule} by its weights and sizes. The resolution basis, the
 * published decimals and the credit event code are plain JSON values.
 *
 * <p>A value the core rejects fails with the core's message at the part at fault when it can be
 * named (a code given twice), else at the value.
 */
final class WorkOrderParameterModule extends TypesModule {

  private static final long serialVersionUID = 1L;

  WorkOrderParameterModule() {
    super("propgov-workorder-parameters");
    reads(OrderCategory.class, WorkOrderParameterModule::readCategory);
    both(OrderCategories.class, TreeReader.listOf(OrderCategory.class, OrderCategory::code, "code", OrderCategories::new),
        WorkOrderParameterModule::writeCategories);
    reads(RatingLevel.class, WorkOrderParameterModule::readRating);
    both(FollowUpRatings.class, TreeReader.listOf(RatingLevel.class, RatingLevel::code, "code", FollowUpRatings::new),
        WorkOrderParameterModule::writeRatings);
    both(RankingRule.class, WorkOrderParameterModule::readRanking, WorkOrderParameterModule::writeRanking);
  }

  private static OrderCategory readCategory(JsonNode node, DeserializationContext ctxt, TreeReader<OrderCategory> r)
      throws IOException {
    TreeReader.Names names = r.names(node, ctxt);
    int response = r.required(node, "responseDays", Integer.class, ctxt);
    int resolution = r.required(node, "resolutionDays", Integer.class, ctxt);
    DayCount dayCount = r.member(node, "dayCount", DayCount.class, ctxt);
    return r.build(ctxt, null, () -> new OrderCategory(names.code(), names.en(), names.zh(), response, resolution,
        dayCount));
  }

  private static RatingLevel readRating(JsonNode node, DeserializationContext ctxt, TreeReader<RatingLevel> r)
      throws IOException {
    TreeReader.Names names = r.names(node, ctxt);
    boolean satisfied = r.required(node, "satisfied", Boolean.class, ctxt);
    return r.build(ctxt, null, () -> new RatingLevel(names.code(), names.en(), names.zh(), satisfied));
  }

  private static RankingRule readRanking(JsonNode node, DeserializationContext ctxt, TreeReader<RankingRule> r)
      throws IOException {
    Fraction response = r.required(node, "responseWeight", Fraction.class, ctxt);
    Fraction resolution = r.required(node, "resolutionWeight", Fraction.class, ctxt);
    Fraction satisfaction = r.required(node, "satisfactionWeight", Fraction.class, ctxt);
    int minimum = r.required(node, "minimumOrders", Integer.class, ctxt);
    int top = r.required(node, "topSize", Integer.class, ctxt);
    int bottom = r.required(node, "bottomSize", Integer.class, ctxt);
    return r.build(ctxt, null, () -> new RankingRule(response, resolution, satisfaction, minimum, top, bottom));
  }

  // ---- writing ---------------------------------------------------------------------------------

  private static void writeCategories(OrderCategories value, JsonGenerator gen) throws IOException {
    ParameterWriting.objects(gen, value.categories(), c -> {
      ParameterWriting.named(gen, c.code(), c.en(), c.zh());
      gen.writeNumberField("responseDays", c.responseDays());
      gen.writeNumberField("resolutionDays", c.resolutionDays());
      gen.writeStringField("dayCount", c.dayCount().name());
    });
  }

  private static void writeRatings(FollowUpRatings value, JsonGenerator gen) throws IOException {
    ParameterWriting.objects(gen, value.ratings(), r -> {
      ParameterWriting.named(gen, r.code(), r.en(), r.zh());
      gen.writeBooleanField("satisfied", r.satisfied());
    });
  }

  private static void writeRanking(RankingRule value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("responseWeight", value.responseWeight().toString());
    gen.writeStringField("resolutionWeight", value.resolutionWeight().toString());
    gen.writeStringField("satisfactionWeight", value.satisfactionWeight().toString());
    gen.writeNumberField("minimumOrders", value.minimumOrders());
    gen.writeNumberField("topSize", value.topSize());
    gen.writeNumberField("bottomSize", value.bottomSize());
    gen.writeEndObject();
  }
}
