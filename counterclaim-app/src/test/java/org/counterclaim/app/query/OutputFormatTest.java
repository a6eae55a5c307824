package org.counterclaim.app.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.counterclaim.app.cli.UserError;
import org.junit.jupiter.api.Test;

class OutputFormatTest {

  @Test
  void a_format_is_read_case_ignored_among_those_a_command_allows() {
    assertThat(OutputFormat.parse("CSV", OutputFormat.values())).isEqualTo(OutputFormat.CSV);
    assertThat(OutputFormat.parse("json", OutputFormat.TABLE, OutputFormat.JSON))
        .isEqualTo(OutputFormat.JSON);
  }

  @Test
  void another_format_is_a_user_error_that_lists_the_allowed_ones() {
    assertThatThrownBy(() -> OutputFormat.parse("csv", OutputFormat.TABLE, OutputFormat.JSON))
        .isInstanceOf(UserError.class)
        .hasMessage("--format must be table or json, not 'csv'");
    assertThatThrownBy(() -> OutputFormat.parse("xml", OutputFormat.TABLE, OutputFormat.CSV,
        OutputFormat.JSON))
        .hasMessage("--format must be table, csv or json, not 'xml'");
  }
}
