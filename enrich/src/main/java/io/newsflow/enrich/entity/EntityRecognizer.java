package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.ArticleText;
import io.newsflow.enrich.text.DataFile;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds people, places and organisations in layers, each measurable on its own:
 * (1) gazetteer of known names with their inflected forms; (2) name patterns: company suffixes,
 * "Hamburger Hafen", given name + surname, role word + name; (3) coreference: surnames and
 * acronyms merged into the entity first named in full. Immutable and thread-safe.
 *
 * <p>Order matters: a layer only claims tokens no earlier layer took, so longer and surer names run
 * first ("Universität Hamburg" before the gazetteer's "Hamburg", "Siemens AG" before "Siemens").
 */
public final class EntityRecognizer {
  private final OrganisationNames organisations;
  private final InstitutionNames institutions;
  private final HeadNounNames headNouns;
  private final GazetteerNames known;
  private final PlaceNames places;
  private final GermanClubNames clubs;
  private final PersonNames people;
  private final Coreference coreference;
  private final EntityModel model;
  private final Set<String> agencies;
  private final PersonCues cues;
  private final OrganisationCues organisationCues;
  private final Gazetteer gazetteer;

  /** The list-and-rule layers alone. */
  public EntityRecognizer() {
    this(EntityModel.none());
  }

  /** The trained model decides where it has a language; the lists and rules are its features and second opinion. */
  public EntityRecognizer(EntityModel model) {
    this.model = model;
    Set<String> agencies = new HashSet<>();
    for (String line : DataFile.lines("credit/agencies.txt")) {
      agencies.add(line.split("\t")[0].toLowerCase(Locale.ROOT));
    }
    Gazetteer gazetteer = new Gazetteer();
    PersonCues cues = new PersonCues();
    OrganisationCues organisationCues = new OrganisationCues();
    Set<String> agencyNames = Set.copyOf(agencies);
    this.organisations = new OrganisationNames(gazetteer, cues, organisationCues, agencyNames);
    this.institutions = new InstitutionNames(gazetteer, organisationCues);
    this.clubs = new GermanClubNames(gazetteer, cues);
    this.headNouns = new HeadNounNames(gazetteer, cues, organisationCues);
    this.known = new GazetteerNames(gazetteer, organisationCues, agencyNames);
    this.places = new PlaceNames(gazetteer, cues);
    this.people = new PersonNames(cues);
    this.coreference = new Coreference(gazetteer, agencyNames);
    this.agencies = agencyNames;
    this.cues = cues;
    this.organisationCues = organisationCues;
    this.gazetteer = gazetteer;
  }

  public List<Entity> recognise(ArticleText articleText, String language) {
    Recognition rules = byRules(articleText, language);
    if (!model.supports(language)) {
      return rules.entities();
    }
    List<EntityModel.Tagged> tagged = model.tag(articleText, language, rules.entities());
    return DocumentNames.resolve(rules, tagged, agencies, cues, organisationCues);
  }

  /**
   * An article in a language without a model or rules (a Dutch league's results, a Danish dateline): only the
   * layers that read a line's shape rather than its words, so nothing is guessed from another language's words.
   */
  public List<Entity> recogniseByShape(ArticleText articleText, String language) {
    Recognition listed = new Recognition(articleText.text(), language);
    gazetteer.repairDamagedUmlauts(listed.lower);
    known.gazetteerNames(listed);
    return DocumentNames.shapesOnly(listed, agencies);
  }

  /** The list-and-rule layers' reading alone, before any model (the document level's tests start here). */
  Recognition byRules(ArticleText articleText, String language) {
    Recognition r = new Recognition(articleText.text(), language);
    gazetteer.repairDamagedUmlauts(r.lower);
    organisations.acronymDefinitions(r);
    organisations.companyNames(r);
    institutions.find(r);
    clubs.find(r);
    headNouns.find(r);
    people.eastAsianNames(r);
    known.gazetteerNames(r);
    places.cityLandmarks(r);
    places.lowerCasePlaces(r);
    places.englishDemonyms(r);
    places.germanOrigins(r);
    organisations.describedOrganisations(r);
    people.find(r);
    coreference.clubsNamedAfterPlaces(r);
    places.cuedPlaces(r);
    places.placesBeforeRegion(r);
    coreference.acronyms(r);
    return r;
  }
}
