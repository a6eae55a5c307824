package org.counterclaim.core.casualty;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A count as an inclusive interval of whole numbers: {@code low} ≤ n ≤ {@code high}, with {@code
 * high} null when the text leaves it open ("more than 22" is 23..null). {@code text} is the phrase
 * the count was read from.
 */
public record CountRange(
    int low,
    @JsonInclude(JsonInclude.Include.ALWAYS) Integer high,
    Qualifier qualifier,
    String text) {

  public CountRange {
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(text, "text");
    if (low < 0 || (high != null && high < low)) {
      throw new IllegalArgumentException("bad count " + low + ".." + high);
    }
  }

  /** An exact count. */
  public static CountRange exactly(int n, String text) {
    return new CountRange(n, n, Qualifier.EXACT, text);
  }

  /**
   * The single figure that best represents this interval: the stated number where the phrase
   * gives one ("about 40" is 40, "nearly 200" is 199, "up to 40" is 40), the midpoint of a bounded
   * range, and the lower bound of an open or vague one.
   */
  @JsonIgnore
  public int best() {
    return switch (qualifier) {
      case EXACT, AT_LEAST, MORE_THAN, VAGUE, DENIAL -> low;
      case NEARLY, UP_TO, LESS_THAN -> high == null ? low : high;
      case ABOUT, BETWEEN -> high == null ? low : (low + high) / 2;
    };
  }
}
