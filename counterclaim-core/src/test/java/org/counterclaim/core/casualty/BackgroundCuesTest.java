package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackgroundCuesTest {

  private final BackgroundCues cues = new BackgroundCues(CasualtyParts.WORDS);

  @Test
  void figures_of_other_times_are_background() {
    assertThat(cues.isBackground("Last year 30 herders were killed on the same road.")).isTrue();
    assertThat(cues.isBackground("Since March, 12 guards have died at the post.")).isTrue();
    assertThat(cues.isBackground("In 2017 the depot was attacked twice.")).isTrue();
  }

  @Test
  void the_incident_itself_is_not_background() {
    assertThat(cues.isBackground("Four guards were killed at the depot on Monday.")).isFalse();
    assertThat(cues.isBackground("On March 3 two porters were hurt.")).isFalse();
  }
}
