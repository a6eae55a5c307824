package org.counterclaim.core.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {

  private final HtmlCleaner cleaner = new HtmlCleaner(Vocabulary.shipped());

  private static String fixture(String name) {
    try (InputStream in = HtmlCleanerTest.class.getResourceAsStream("/clean/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture /clean/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void a_saved_news_page_becomes_headline_then_one_paragraph_per_block() {
    CleanedPage page = cleaner.clean(fixture("full-page.html"), "https://courier.example/");

    assertThat(page.text())
        .isEqualTo(
            "Four killed in Dernholm market blast, police say\n\n"
                + "Four people were killed and at least eleven wounded when an explosive device"
                + " went off in the covered market of Dernholm on Saturday morning, the district"
                + " police said.\n\n"
                + "\u201cThe device was hidden in a vegetable cart,\u201d a police spokesman told"
                + " reporters. No group has claimed responsibility.\n\n"
                + "Hospital overwhelmed\n\n"
                + "Doctors at the district hospital said two of the wounded were in a critical"
                + " condition.\n\n"
                + "The market reopened in 2029 after repairs.\n\n"
                + "Police have closed the road to the bus station.");
  }

  @Test
  void page_furniture_and_promotional_lines_are_left_out() {
    String text = cleaner.clean(fixture("full-page.html"), "").text();

    assertThat(text)
        .doesNotContain("cookies")
        .doesNotContain("Sport")
        .doesNotContain("Share on")
        .doesNotContain("Discover the latest")
        .doesNotContain("All rights reserved")
        .doesNotContain("Read more")
        .doesNotContain("Follow us")
        .doesNotContain("Download our app")
        .doesNotContain("morning briefing")
        .doesNotContain("Floods close")
        .doesNotContain("Reader comment")
        .doesNotContain("By Ana Petrel")
        .doesNotContain("analytics");
  }

  @Test
  void a_saved_news_page_gives_its_metadata_from_canonical_link_and_json_ld() {
    CleanedPage page = cleaner.clean(fixture("full-page.html"), "");

    assertThat(page.title()).isEqualTo("Four killed in Dernholm market blast, police say");
    assertThat(page.siteName()).isEqualTo("The Valley Courier");
    assertThat(page.url()).isEqualTo("https://courier.example/news/2031/04/dernholm-market-blast");
    assertThat(page.published())
        .as("JSON-LD datePublished comes before <time datetime>")
        .isEqualTo(LocalDate.of(2031, 4, 12));
  }

  @Test
  void a_page_with_only_open_graph_metadata_uses_it() {
    CleanedPage page = cleaner.clean(fixture("og-only.html"), "");

    assertThat(page)
        .isEqualTo(
            new CleanedPage(
                "Two soldiers wounded in Karsk border clash\n\n"
                    + "Two soldiers were wounded in an exchange of fire near the Karsk border post"
                    + " late on Sunday, the defence ministry said in a statement.\n\n"
                    + "The ministry said the patrol came under fire from across the river and"
                    + " returned it.",
                "Two soldiers wounded in Karsk border clash",
                "Karsk Daily",
                "https://karskdaily.example/border-clash",
                LocalDate.of(2030, 11, 2)));
  }

  @Test
  void a_page_without_article_takes_the_element_holding_the_most_paragraph_text() {
    CleanedPage page = cleaner.clean(fixture("no-article.html"), "");

    assertThat(page)
        .isEqualTo(
            new CleanedPage(
                "Villagers flee after raid on Oskel\n\n"
                    + "Hundreds of villagers fled Oskel after armed men raided the village"
                    + " overnight, local officials said on Thursday.\n\n"
                    + "An official said at least six people had been abducted and several houses"
                    + " burned.\n\n"
                    + "The regional governor said security forces had been sent to the area.",
                "Villagers flee after raid on Oskel",
                "Northern Herald",
                null,
                LocalDate.of(2029, 7, 19)));
  }

  @Test
  void article_published_time_comes_before_json_ld_and_time() {
    String html =
        "<html><head><meta property=\"article:published_time\" content=\"2030-01-05\">"
            + "<script type=\"application/ld+json\">{\"datePublished\":\"2030-01-06\"}</script>"
            + "</head><body><article><time datetime=\"2030-01-07\"></time><p>Text.</p>"
            + "</article></body></html>";

    assertThat(cleaner.clean(html, "").published()).isEqualTo(LocalDate.of(2030, 1, 5));
  }

  @Test
  void json_ld_may_be_an_array_and_publisher_may_be_a_list() {
    String html =
        "<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
            + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2028-09-30T23:59:00-04:00\","
            + "\"publisher\":[{\"@type\":\"Organization\",\"name\":\"Harbour Wire\"}]}]</script>"
            + "<article><p>Text.</p></article>";

    CleanedPage page = cleaner.clean(html, "");

    assertThat(page.published())
        .as("the date as written, not moved to UTC")
        .isEqualTo(LocalDate.of(2028, 9, 30));
    assertThat(page.siteName()).isEqualTo("Harbour Wire");
  }

  @Test
  void malformed_json_ld_is_left_out_and_the_next_block_still_counts() {
    String html =
        "<script type=\"application/ld+json\">{\"datePublished\": oops</script>"
            + "<script type=\"application/ld+json\">{\"datePublished\":\"2027-03-03\"}</script>"
            + "<article><p>Text.</p></article>";

    assertThat(cleaner.clean(html, "").published()).isEqualTo(LocalDate.of(2027, 3, 3));
  }

  @Test
  void a_relative_canonical_link_is_resolved_against_the_base_uri() {
    String html =
        "<head><link rel=\"canonical\" href=\"/story/42\"></head><article><p>Text.</p></article>";

    assertThat(cleaner.clean(html, "https://news.example/section/").url())
        .isEqualTo("https://news.example/story/42");
  }

  @Test
  void the_title_element_is_the_last_resort_for_the_headline() {
    String html = "<title>Quiet night in Brask</title><div><p>Nothing happened.</p></div>";

    CleanedPage page = cleaner.clean(html, "");

    assertThat(page.title()).isEqualTo("Quiet night in Brask");
    assertThat(page.text()).isEqualTo("Quiet night in Brask\n\nNothing happened.");
  }

  @Test
  void a_site_logo_h1_in_the_page_header_is_not_the_headline() {
    String html =
        "<meta property=\"og:title\" content=\"Curfew lifted in Merrow\">"
            + "<header><h1>Merrow Gazette</h1></header><div><p>The curfew ended.</p></div>";

    assertThat(cleaner.clean(html, "").title()).isEqualTo("Curfew lifted in Merrow");
  }

  @Test
  void a_list_item_holding_a_paragraph_is_one_paragraph() {
    String html = "<article><ul><li><p>First point.</p></li><li>Second point.</li></ul></article>";

    assertThat(cleaner.clean(html, "").text()).isEqualTo("First point.\n\nSecond point.");
  }

  @Test
  void names_that_merely_contain_a_furniture_word_are_kept() {
    String html =
        "<div class=\"unavailable-canvas\"><p>Rescue teams reached the valley.</p></div>"
            + "<div class=\"mainNav\"><p>Home</p></div>";

    assertThat(cleaner.clean(html, "").text()).isEqualTo("Rescue teams reached the valley.");
  }

  @Test
  void a_form_wrapping_the_whole_page_is_not_removed() {
    String html =
        "<body><form id=\"aspnetForm\"><div><p>The dam held overnight, engineers said.</p>"
            + "<p>Water levels fell by morning.</p></div></form></body>";

    assertThat(cleaner.clean(html, "").text())
        .isEqualTo("The dam held overnight, engineers said.\n\nWater levels fell by morning.");
  }

  @Test
  void lines_that_only_start_like_a_promotion_are_kept() {
    String html =
        "<article><p>Subscribers to the water service lost supply.</p>"
            + "<p>Subscribe now!</p></article>";

    assertThat(cleaner.clean(html, "").text())
        .isEqualTo("Subscribers to the water service lost supply.");
  }

  @Test
  void a_page_without_text_gives_empty_text_and_no_metadata() {
    assertThat(cleaner.clean("", "")).isEqualTo(new CleanedPage("", null, null, null, null));
  }

  @Test
  void random_input_never_throws() {
    Random random = new Random(20310412);
    String[] pieces = {
      "<p>",
      "</p>",
      "<article>",
      "</article>",
      "<div class=\"nav\">",
      "</div>",
      "<li>",
      "<h1>",
      "<script type=\"application/ld+json\">",
      "</script>",
      "{\"@graph\":[",
      "\"publisher\":",
      "<time datetime=\"",
      "\">",
      "<meta property=\"og:title\" content=\"",
      "&amp;",
      "©",
      "\u0000",
      "Subscribe",
      "text ",
      "<!--",
      "-->",
      "<",
      ">",
      "\"",
      "2031-02-30",
      "]}",
    };
    for (int i = 0; i < 500; i++) {
      StringBuilder html = new StringBuilder();
      int n = random.nextInt(40);
      for (int j = 0; j < n; j++) {
        html.append(
            random.nextBoolean()
                ? pieces[random.nextInt(pieces.length)]
                : String.valueOf((char) random.nextInt(0x3000)));
      }
      String input = html.toString();
      assertThatCode(() -> cleaner.clean(input, "")).as(input).doesNotThrowAnyException();
    }
  }
}
