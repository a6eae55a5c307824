package org.counterclaim.core.casualty;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises sentences that report figures of other times ("last year 40 were killed", "since
 * January", "in 2014"): their figures are background, not claims about the incident reported.
 */
final class BackgroundCues {

  private static final Pattern CUES =
      Pattern.compile(
          "\\blast (year|month|week|summer|winter|spring|autumn|fall)\\b"
              + "|\\b(in|since|during) (19|20)\\d\\d\\b"
              + "|\\bsince (january|february|march|april|may|june|july|august|september|october"
              + "|november|december|the start|the beginning|the year|then|last)\\b"
              + "|\\b(so far|earlier|since the start of|since the beginning of) this year\\b"
              + "|\\bthis year alone\\b"
              + "|\\bearlier (that|this|in the) (month|week|day)\\b|\\bin retaliation for\\b"
              + "|\\b(came|comes|come) (a day|a week|a month|days|weeks|months|\\w+ days"
              + "|\\w+ weeks|\\w+ months) (after|before)\\b|\\bit comes after\\b"
              + "|\\b(years|months|weeks|decades) ago\\b"
              + "|\\b(two|three|four|five|six|several|few|some) (days|weeks|months|years) (earlier|before|ago)\\b"
              + "|\\b(previous|prior|earlier|similar|separate) (attack|attacks|incident|incidents"
              + "|bombing|bombings|year|years|clash|clashes|raid|raids|ambush|assault|operation)\\b"
              + "|\\bin the past\\b|\\bover the past\\b|\\bduring the past\\b|\\bin recent (years|months)\\b"
              + "|\\b(the|a) year before\\b|\\bat the time\\b|\\bsince (19|20)\\d\\d\\b"
              + "|\\bin total since\\b|\\bthe same period\\b|\\bthe worst since\\b"
              + "|\\b(in|that|last|since|until) (january|february|march|april|june|july|august"
              + "|september|october|november|december)\\b(?! \\d)");

  private BackgroundCues() {}

  /** True when the sentence text speaks of another time than the incident's. */
  static boolean isBackground(String sentenceText) {
    return CUES.matcher(sentenceText.toLowerCase(Locale.ROOT)).find();
  }
}
