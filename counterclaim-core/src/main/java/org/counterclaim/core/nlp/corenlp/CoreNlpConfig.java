package org.counterclaim.core.nlp.corenlp;

import java.util.Objects;

/**
 * Settings of the CoreNLP adapter: the classpath locations of the models it loads.
 *
 * @param posModel part-of-speech tagger model, run on candidate sentences only
 * @param nerModel named-entity CRF model, run on candidate sentences only
 * @param parserModel neural dependency parser model, run only on the sentences the filter asks to
 *     parse; null to parse none
 */
public record CoreNlpConfig(String posModel, String nerModel, String parserModel) {

  /**
   * The models used unless the user chooses others: the fast left3words tagger, 4-class NER and the
   * Universal Dependencies parser.
   */
  public static CoreNlpConfig defaults() {
    return new CoreNlpConfig(
        "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger",
        "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
        "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
  }

  public CoreNlpConfig {
    Objects.requireNonNull(posModel, "posModel");
    Objects.requireNonNull(nerModel, "nerModel");
  }
}
