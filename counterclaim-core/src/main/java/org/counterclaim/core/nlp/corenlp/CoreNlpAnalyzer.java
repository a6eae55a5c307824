package org.counterclaim.core.nlp.corenlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.counterclaim.core.nlp.GluedSentences;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Analyzer;
import org.counterclaim.core.nlp.Dependency;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.NumberMention;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.SentenceFilter;
import org.counterclaim.core.nlp.Token;

/**
 * The only door to Stanford CoreNLP. Every text is tokenised and split into sentences; sentences
 * that the {@link SentenceFilter} marks as candidates are also tagged (part of speech, lemma,
 * named entities), and those it asks to parse get a dependency parse (Universal Dependencies).
 * Numbers are normalised with CoreNLP's number normaliser. Load once per process:
 * loading the models takes seconds. Instances are not safe for concurrent use.
 */
public final class CoreNlpAnalyzer implements Analyzer {

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+(\\.\\d+)?");
  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
          "eighty", "ninety");
  private static final Set<String> MULTIPLIERS = Set.of("hundred", "thousand", "million");

  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP wrappedSplitter;
  private final MaxentTagger tagger;
  private final AbstractSequenceClassifier<CoreLabel> ner;
  private final DependencyParser parser;
  private final SentenceFilter filter;

  private CoreNlpAnalyzer(
      StanfordCoreNLP splitter,
      StanfordCoreNLP wrappedSplitter,
      MaxentTagger tagger,
      AbstractSequenceClassifier<CoreLabel> ner,
      DependencyParser parser,
      SentenceFilter filter) {
    this.splitter = splitter;
    this.wrappedSplitter = wrappedSplitter;
    this.tagger = tagger;
    this.ner = ner;
    this.parser = parser;
    this.filter = filter;
  }

  /** Loads the models named in {@code config}; deep analysis runs where {@code filter} says. */
  public static CoreNlpAnalyzer load(CoreNlpConfig config, SentenceFilter filter) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(filter, "filter");
    quietLogging();
    StanfordCoreNLP splitter = new StanfordCoreNLP(splitterProperties("always"));
    StanfordCoreNLP wrappedSplitter = new StanfordCoreNLP(splitterProperties("two"));
    MaxentTagger tagger = new MaxentTagger(config.posModel());
    AbstractSequenceClassifier<CoreLabel> ner;
    try {
      ner = CRFClassifier.getClassifier(config.nerModel());
    } catch (java.io.IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot load NER model " + config.nerModel(), e);
    }
    DependencyParser parser = config.parserModel() == null ? null
        : DependencyParser.loadFromModelFile(config.parserModel());
    return new CoreNlpAnalyzer(splitter, wrappedSplitter, tagger, ner, parser, filter);
  }

  static void quietLogging() {
    RedwoodConfiguration.current().clear().apply();
  }

  private static Properties splitterProperties(String newlineIsSentenceBreak) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "en");
    p.setProperty(
        "tokenize.options",
        "splitHyphenated=false,invertible=true,untokenizable=noneDelete,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false");
    p.setProperty("ssplit.newlineIsSentenceBreak", newlineIsSentenceBreak);
    return p;
  }

  @Override
  public AnalyzedText analyze(String text) {
    Objects.requireNonNull(text, "text");
    // sentences run together ("checkpoint.Two") are split where the stop is; offsets still
    // point into the text as given
    Annotation document = new Annotation(GluedSentences.breakApart(text));
    (isHardWrapped(text) ? wrappedSplitter : splitter).annotate(document);
    List<Integer> breaks = paragraphBreaks(text);
    List<Sentence> sentences = new ArrayList<>();
    List<CoreMap> maps = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (maps == null) {
      return new AnalyzedText(text, List.of());
    }
    for (CoreMap map : maps) {
      List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<String> words = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) {
        words.add(surface(label, text).toLowerCase(Locale.ROOT));
      }
      boolean deep = filter.wantsDeepAnalysis(words);
      if (deep) {
        tag(labels);
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) {
        tokens.add(toToken(label, text, deep));
      }
      List<Dependency> links = deep && parser != null && filter.wantsParse(tokens)
          ? parse(labels) : List.of();
      int start = labels.get(0).beginPosition();
      int end = labels.get(labels.size() - 1).endPosition();
      sentences.add(
          new Sentence(
              sentences.size(),
              paragraphOf(start, breaks),
              start,
              end,
              tokens,
              numbers(tokens),
              deep,
              links));
    }
    return new AnalyzedText(text, sentences);
  }

  /**
   * True when the text's lines are wrapped at a fixed width, so a single line break is not the end
   * of a headline or sentence. Otherwise every line break ends a sentence (headlines, datelines and
   * list items have no final stop).
   */
  static boolean isHardWrapped(String text) {
    String[] lines = text.split("\\r?\\n");
    int candidates = 0;
    int wrapped = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      String line = lines[i].strip();
      String next = lines[i + 1].strip();
      if (line.isEmpty() || next.isEmpty()) {
        continue;
      }
      candidates++;
      char last = line.charAt(line.length() - 1);
      if (line.length() >= 50 && line.length() <= 100 && ".!?:\"”’'".indexOf(last) < 0) {
        wrapped++;
      }
    }
    return candidates >= 3 && wrapped * 2 > candidates;
  }

  private void tag(List<CoreLabel> labels) {
    tagger.tagCoreLabels(labels);
    for (CoreLabel label : labels) {
      label.setLemma(Morphology.lemmaStatic(label.word(), label.tag()));
    }
    List<CoreLabel> classified = ner.classifySentence(labels);
    for (int i = 0; i < labels.size(); i++) {
      labels.get(i).setNER(classified.get(i).get(CoreAnnotations.AnswerAnnotation.class));
    }
  }

  /** One link per token: its head's index (-1 for the root) and the relation's name. */
  private List<Dependency> parse(List<CoreLabel> labels) {
    GrammaticalStructure structure = parser.predict(labels);
    Dependency[] links = new Dependency[labels.size()];
    for (TypedDependency d : structure.typedDependencies()) {
      int dependent = d.dep().index() - 1;
      if (dependent >= 0 && dependent < links.length) {
        links[dependent] = new Dependency(d.gov().index() - 1, d.reln().toString());
      }
    }
    List<Dependency> out = new ArrayList<>(links.length);
    for (Dependency link : links) {
      // a token the parser attached nowhere (never seen in practice) counts as a root
      out.add(link == null ? new Dependency(-1, "root") : link);
    }
    return out;
  }

  private static String surface(CoreLabel label, String text) {
    return text.substring(label.beginPosition(), label.endPosition());
  }

  private static Token toToken(CoreLabel label, String text, boolean deep) {
    String surface = surface(label, text);
    if (!deep) {
      return new Token(surface, label.beginPosition(), label.endPosition(), "", "", EntityType.NONE);
    }
    return new Token(
        surface,
        label.beginPosition(),
        label.endPosition(),
        label.tag() == null ? "" : label.tag(),
        label.lemma() == null ? surface.toLowerCase(Locale.ROOT) : label.lemma().toLowerCase(Locale.ROOT),
        entityType(label.ner()));
  }

  private static EntityType entityType(String tag) {
    if (tag == null) {
      return EntityType.NONE;
    }
    return switch (tag) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      default -> EntityType.NONE;
    };
  }

  private static List<Integer> paragraphBreaks(String text) {
    List<Integer> breaks = new ArrayList<>();
    Matcher m = PARAGRAPH_BREAK.matcher(text);
    while (m.find()) {
      breaks.add(m.start());
    }
    return breaks;
  }

  private static int paragraphOf(int offset, List<Integer> breaks) {
    int paragraph = 0;
    for (int b : breaks) {
      if (b < offset) {
        paragraph++;
      } else {
        break;
      }
    }
    return paragraph;
  }

  /** Groups runs of number tokens ("two hundred and fifty", "1.2 million") and normalises them. */
  static List<NumberMention> numbers(List<Token> tokens) {
    List<NumberMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!isNumberToken(tokens.get(i).lower())) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size()) {
        String w = tokens.get(j).lower();
        if (MULTIPLIERS.contains(w) || (isNumberWord(w) && isNumberWord(tokens.get(j - 1).lower()))) {
          j++;
        } else if (w.equals("and")
            && j + 1 < tokens.size()
            && MULTIPLIERS.contains(tokens.get(j - 1).lower())
            && isNumberWord(tokens.get(j + 1).lower())) {
          j += 2;
        } else {
          break;
        }
      }
      Long value = normalise(tokens.subList(i, j));
      if (value != null) {
        found.add(new NumberMention(i, j, value));
      }
      i = j;
    }
    return found;
  }

  private static boolean isNumberToken(String w) {
    return DIGITS.matcher(w).matches() || isNumberWord(w);
  }

  private static boolean isNumberWord(String w) {
    if (NUMBER_WORDS.contains(w)) {
      return true;
    }
    int dash = w.indexOf('-');
    return dash > 0
        && NUMBER_WORDS.contains(w.substring(0, dash))
        && NUMBER_WORDS.contains(w.substring(dash + 1));
  }

  private static Long normalise(List<Token> run) {
    StringBuilder phrase = new StringBuilder();
    for (Token t : run) {
      if (phrase.length() > 0) {
        phrase.append(' ');
      }
      phrase.append(t.lower());
    }
    try {
      Number n = NumberNormalizer.wordToNumber(phrase.toString());
      if (n == null) {
        return null;
      }
      double d = n.doubleValue();
      if (d < 0 || d > 1e12 || d != Math.rint(d)) {
        return null;
      }
      return (long) d;
    } catch (RuntimeException e) {
      // wordToNumber signals "not a number" with NumberFormatException; such runs are not numbers.
      return null;
    }
  }
}
