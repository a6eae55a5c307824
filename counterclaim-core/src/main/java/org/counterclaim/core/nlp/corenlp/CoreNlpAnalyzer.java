package org.counterclaim.core.nlp.corenlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
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
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.AnalyzerWords;
import org.counterclaim.core.nlp.Analyzer;
import org.counterclaim.core.nlp.Dependency;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.GluedSentences;
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
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP wrappedSplitter;
  private final MaxentTagger tagger;
  private final AbstractSequenceClassifier<CoreLabel> ner;
  private final DependencyParser parser;
  private final SentenceFilter filter;
  private final GluedSentences glued;
  private final NumberMentions numbers;

  private CoreNlpAnalyzer(
      StanfordCoreNLP splitter,
      StanfordCoreNLP wrappedSplitter,
      MaxentTagger tagger,
      AbstractSequenceClassifier<CoreLabel> ner,
      DependencyParser parser,
      SentenceFilter filter,
      AnalyzerWords words) {
    this.splitter = splitter;
    this.wrappedSplitter = wrappedSplitter;
    this.tagger = tagger;
    this.ner = ner;
    this.parser = parser;
    this.filter = filter;
    this.glued = new GluedSentences(words.abbreviations());
    this.numbers = new NumberMentions(words);
  }

  /**
   * Loads the models named in {@code config}; deep analysis runs where {@code filter} says, and
   * {@code words} tell abbreviations and number words.
   */
  public static CoreNlpAnalyzer load(CoreNlpConfig config, SentenceFilter filter,
      AnalyzerWords words) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(words, "words");
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
    return new CoreNlpAnalyzer(splitter, wrappedSplitter, tagger, ner, parser, filter,
        words);
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
    Annotation document = new Annotation(glued.breakApart(text));
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
              numbers.find(tokens),
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
}
