// The clause machinery behind ExtractRelations: one Extractor per sentence,
// with subject finding (relation_extractor.cc) and the per-relation object
// rules (rules_*.cc, one file per relation family).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ingest/relation_extractor.h"

namespace kg::ingest {

// "the member states of the 55-member AU have signed": whether the mention
// is the group after such members (rules_signed.cc).
bool InsideMembersOf(const std::vector<Token>& t, const Mention& m);

// A supply fact from `sources` to `target`, named by the rule that found it.
inline Relation SupplyFact(const char* rule, std::vector<int> sources, int target,
                           float confidence = Relation().confidence) {
  Relation r;
  r.relation = "supplies_arms_to";
  r.rule = rule;
  r.confidence = confidence;
  r.sources = std::move(sources);
  r.target = target;
  return r;
}

// "a 7.87 billion euro deal", "a $2 billion contract": the first token at
// or after `k` (before `to`) past an article and an amount, or `k` when no
// amount starts there (rules_signed_parts.cc).
size_t SkipAmount(const std::vector<Token>& tokens, size_t k, size_t to);

// The first token at or after `k` (before `limit`) past a travel verb's
// particles and manner adverbs: "flew back to", "stopped over in"
// (rules_visited.cc).
size_t SkipParticles(const std::vector<Token>& tokens, size_t k, size_t limit, const Lexicon& lex);

// Thread safety: not thread-safe; one per sentence.
class Extractor {
 public:
  // The per-token tables, kept from sentence to sentence by the caller so
  // that a sentence costs no allocation for them.
  struct Scratch {
    std::vector<bool> is_affiliation;
    std::vector<uint8_t> arms_at;
    std::vector<bool> consumed;
  };
  Extractor(const SentenceInput& in, const DocumentContext& doc, const Lexicon& lex,
            std::vector<Relation>* out, std::vector<std::string>* trace, Scratch* scratch);
  void Run();
  // Whether `entity` cannot have visited `target` by what the sentence says
  // of it (MayBeVisitor).
  bool NoVisitorOf(int entity, int target) const;
  bool OnOwnSoil(int entity, int target) const;
  bool OtherSubjectBefore(size_t place) const;
  bool IsDependency(int entity) const;
  bool NounPosition(size_t i) const;
  // MayBeVisitor's check for a visit no rule found: also named in full and
  // not in a clause that tells a life there (the place's first token at `place`).
  bool MayHaveVisited(int entity, int target, size_t place) const;

  // Rules, one per relation family (rules_*.cc). Each returns true when
  // it emitted a relation for the trigger at token i.
  bool Visited(size_t i);
  bool Signed(size_t i);
  bool Suspended(size_t i);
  bool FollowedSuit(size_t i);  // "and Russia followed suit"
  bool Supplies(size_t i);
  void SuppliesNominal();
  void VisitedBeingIn();
  void VisitedHeadline();
  void VisitedLocative();  // rules_visited_locative.cc: "told reporters in Vilnius"
  int SupplierBeforeArms(size_t arms) const;
  bool OfPhraseSupply(size_t arms, size_t n);
  void NominalWithSupplier(size_t arms, size_t n, int supplier);
  void ArmsObjectOfVerb(size_t arms, size_t n);
  void SupplyAsObjectOf(size_t verb, size_t arms, int recipient, size_t end, bool only_planned);
  bool ByAgentsSupply(size_t noun, int recipient, size_t end);
  void MadeArmsUsed();
  void ArmsFromUsed();
  // rules_supplies_used.cc: "Iran's drones have been used by Russia"
  void PassiveUseOfArms();
  int ArmsOrigin(size_t arms, size_t arms_end, size_t* after) const;
  bool FromToSupply(size_t noun, size_t j);  // "a shipment of X from S to R"
  size_t SkipArmsList(size_t j) const;       // ", jets and missiles" after an arms phrase
  bool Buys(size_t i, size_t cend);
  size_t ArmsBeforeBuyVerb(size_t verb) const;
  int DealPartyBefore(size_t verb) const;  // "a deal with S to buy"
  std::vector<int> SellersAfter(size_t verb, size_t cend, size_t arms_end,
                                const std::vector<int>& buyers) const;

 private:
  struct Subjects {
    std::vector<int> entities;
    size_t end = 0;      // token after the subject phrase (window start for modality)
    bool passive = false;
    bool described_people = false;  // "his Brazilian counterpart": a person named by country
    std::string how;     // for the trace
    size_t clause_start = SIZE_MAX;  // the main clause a participle adjunct hangs from
  };

  // Subject finding.
  Subjects SubjectsFor(size_t trigger, int depth = 0);
  std::vector<int> Coordinated(size_t mention_idx, size_t limit, size_t* end) const;
  bool IsPassive(size_t trigger, size_t* by) const;
  bool InIndefinitePhrase(size_t first) const;  // "in a Doha hotel"
  size_t SecondConjunct(size_t clause_start, size_t trigger) const;
  bool HasVerb(size_t from, size_t to) const;
  int TitledPersonAhead(size_t from, size_t limit) const;
  int RelativeClauseHead(size_t trigger) const;
  // relation_subjects_shapes.cc: asides, clefts and inversions
  size_t VerbGroupStart(size_t trigger) const;  // past "has also", "did not", "on Friday"
  Subjects SubjectBeforeAside(size_t trigger);  // "X (which ...) signed", "X — who ... — flew"
  Subjects CleftFocus(size_t clause_start) const;  // "It was X that sent"
  Subjects AmongAntecedent(size_t clause_start);  // "X was among the countries that signed"
  Subjects InvertedSubject(size_t trigger, size_t clause_start) const;  // "Among those who V was X"
  bool FarAgent(size_t trigger, size_t* by) const;  // "was signed on Monday at X in Y by"
  bool ApposedExamples(size_t first, size_t trigger) const;
  int GovernmentOf(size_t mention) const;
  size_t ControlledObjectStart(size_t trigger) const;  // "urged X to": X's first token
  int BuyerIn(size_t from, size_t to) const;
  int EmbeddedModalSubject(size_t clause_start, size_t trigger) const;  // "hoped X would sign"
  std::vector<int> AntecedentList(size_t last, size_t rel) const;  // "A, B and C, which ..."
  size_t SkipListFiller(size_t first_item, size_t k, size_t limit) const;  // "as well as to", "nations including"
  int AgentAt(size_t token) const;       // mention index of an agent starting at token (skipping "the")
  int MentionAt(size_t token) const;     // mention index covering token, or -1
  int Entity(int mention_idx) const;     // entity of a mention (-1 if none)
  int CountryOf(int entity) const;
  bool OnlyOpenPlaces(int entity, size_t b, size_t e) const;
  bool HasOffice(int entity) const;
  bool PrivateTraveller(int entity) const;
  bool PostedThere(int entity, int target) const;  // an envoy posted to the place (rules_visited_settlers.cc)
  bool AtSeat(int entity, int target) const;  // a body or its official at its seat (rules_visited_settlers.cc)
  bool SettledTraveller(int entity) const;  // a defector, an exile, a settler (rules_visited_settlers.cc)  // a player, a relative, a speaker of no office
  bool CommonWordName(const Mention& m) const;  // "Election" from "the General Election"
  bool ModifiesCompany(const Mention& m) const;  // "UK" in "A UK bank signed"

  // Objects and helpers (rules_*.cc).
  std::vector<int> PlacesAfter(size_t from, size_t limit, size_t* end) const;
  std::vector<int> EventPlace(size_t from, size_t limit, size_t* end) const;
  int SupplierIn(size_t from, size_t to) const;
  bool ArmsArrived(size_t trigger, size_t clause_end);
  int OriginAfter(size_t verb) const;
  bool ArmsCarried(size_t verb, size_t clause_end);  // "from the plant in France"
  void FinishSupplyFromSubject(int supplier_mention, int recipient, size_t clause_start,
                               size_t trigger, size_t end, const char* rule, const char* how);
  bool ElidedObjectAfter(size_t verb) const;  // "X signed on behalf of Y."
  size_t SkipCount(size_t from, size_t to) const;  // "about a dozen" before a signed object
  bool ReducedRelative(size_t verb, Relation* r, Subjects* s, size_t* end) const;
  size_t AgentPhraseAfter(size_t verb) const;  // "signed in Minsk on Thursday by"
  bool FarPassive(size_t verb, Relation* r, Subjects* s) const;  // "was signed in X on Sunday by"
  bool SubjectAgreement(size_t verb, Relation* r) const;  // "A protocol ... was signed by"
  void AddLaterAgents(size_t from, std::vector<int>* agents) const;  // "by A, by B and by C"
  bool AcronymObject(size_t verb, Relation* r, size_t* end) const;  // "signed BECA, the last of four pacts"
  bool ElidedSignature(size_t noun) const;  // "put pen to paper"
  Subjects SignatureAdder(size_t noun) const;  // "with X adding his signature"
  size_t JoinedToSign(size_t trigger) const;  // "joined A and B ... to sign"
  std::vector<int> AlongWith(size_t from) const;  // ", along with the leaders of A and B"
  bool ContextAgreement(size_t trigger, Relation* r, bool unnamed = true) const;
  // rules_signed_lists.cc
  bool ListedSigners(size_t noun);  // "signatories of X include A and B"
  bool BorneSignatures(size_t noun, Relation* r, size_t* list) const;  // "bears the signatures of"
  size_t ListAfterCopula(size_t from) const;
  std::vector<int> SoDidSigners(size_t from) const;
  bool BetweenPartiesPassive(size_t verb, Relation* r, Subjects* s, size_t* end) const;
  bool PutSignaturesBy(size_t noun, Relation* r, size_t* end, size_t* list) const;  // "Signatures were put to X by"
  bool AgentlessPassiveParties(size_t verb, Relation* r, Subjects* s, size_t* end) const;  // ", and so did A and B"
  bool EarlierUnnamedAgreement(size_t trigger, Relation* r) const;
  // rules_signed_anaphora.cc: "signed one with", "signed both", "signed a
  // mirror text" stand for the agreement in view; "The treaty, which ...,
  // was signed by" has its agreement before the relative clause. Set
  // r's target and *end (the token after the object) when they match.
  bool AnaphoricSignedObject(size_t trigger, Relation* r, size_t* end) const;
  bool SubjectPastRelative(size_t trigger, Relation* r, size_t* end) const;
  bool TownNamesText(const Mention& m) const;  // "the Juba peace agreement"
  bool GenericAgreement(std::string_view description) const;  // "no agreement", "any deal"
  bool LoneStatement(const Relation& r) const;  // a statement with one signer
  bool FinishSigned(size_t trigger, const std::string& word, Relation r, const Subjects& s,
                    size_t end, size_t cend);
  void DropPrivateContractSigners(Relation* r) const;
  bool VisitedPresence(size_t visit_noun);  // "X was in <place> for a visit"
  Subjects SubjectOfGoverningVerb(size_t noun);
  Subjects SuspensionNounActor(size_t noun, size_t from) const;  // "the suspension of US aid"  // "announced a halt to": the announcer
  Subjects PlanOwner(size_t verb);
  bool PassiveWithoutAgent(size_t verb) const;  // "was suspended" with no actor as agent
  bool MembershipOfBloc(size_t verb);  // "Mali's membership of ECOWAS was frozen"
  size_t StateVerbGroup(size_t trigger) const;  // "is", "remains", "has been" before a state
  Subjects StateHolder(size_t head, size_t verb, size_t trigger);  // who holds the thing's state
  bool SuspendedState(size_t trigger, size_t verb);  // "aid remains frozen", "talks are on hold"
  void NamedAmongThem(size_t from, Relation* r) const;  // "..., including the Simla Agreement"
  bool SuspendedFromBloc(size_t verb, const Subjects& members);  // "was suspended from the AU"
  void SetMembershipTarget(int member, Relation* r) const;  // "<member>'s membership"
  void SuspendMembership(int member, const char* rule, const Subjects& s, size_t i, size_t end);
  bool TemporaryPlugPull(size_t plug) const;  // "pulled the plug on X for now"
  Subjects ReportingSubject(size_t verb, size_t* speech = nullptr);  // "X said [... verb ...]": X
  bool SuspendedMemberBy(size_t noun, size_t from);  // "the suspension of A by the AU"  // "X's decision to suspend": X
  bool PronounThing(size_t verb, size_t from, const Subjects& s);  // "had frozen it"
  bool ObjectActor(size_t verb, size_t from, size_t head, const Subjects& s, const std::string& word);
  bool StopsSupplying(size_t verb, size_t from, size_t cend) const;  // "stop sending bombs"
  bool LiftedMemberSuspension(size_t noun);  // "lifted Fiji's suspension"
  bool OtherMembersThing(size_t head, const Subjects& s, Relation* r) const;  // "its membership"
  bool OwnSuspendable(size_t head, size_t from, const Subjects& s);  // not "the Iranian programme"
  // visited helpers (rules_visited.cc)
  bool EntityIsPerson(int entity) const;
  Subjects Visitor(size_t trigger);           // SubjectsFor, plus travel-clause shapes
  Subjects SubordinateVisitor(size_t clause_start);
  int CountryOfUnnamedLeader(size_t clause_start, size_t trigger) const;  // "Ethiopia's prime minister"
  int UnnamedLeaderAt(size_t k, size_t* after) const;  // "the French president" at k
  Subjects PartyMembers(size_t clause_start, size_t trigger) const;  // "a delegation led by X"
  Subjects VehicleOwner(size_t clause_start, size_t trigger) const;  // "Biden's plane landed"
  bool PlannedMainClause(size_t trigger) const;  // "will fly to A, before going on to B"
  Subjects SentenceSubject(size_t from, size_t limit, size_t clause_start) const;
  int RelativeAntecedent(size_t rel) const;   // mention before ", who", or -1
  size_t SkipTime(size_t k) const;            // past "on Tuesday", "last week"
  Subjects MentionSubject(int mention, size_t end, const char* how) const;
  std::vector<int> VisitPlaces(size_t from, size_t limit, size_t* end) const;
  bool VisitedNoun(size_t i);                 // "his visit to X", "during a trip to X"
  bool AppositionOfFuture(size_t i) const;    // ", the first trip" after "would fly"
  bool FutureBefore(size_t comma) const;      // "will ..." before a comma
  bool HomeAfterParticle(size_t k) const;     // "straight home"
  bool StayNounUse(size_t i) const;           // "his stay", "his Tokyo stay"
  bool VisitedMeeting(size_t i);              // "met Y in X", "held talks in X" abroad
  bool VisitedTaken(size_t i);                // "a tour that took him to X"
  size_t VehicleEnd(size_t k) const;          // past "an overnight train", or k
  bool VisitedByVehicle(size_t i, size_t k);  // "taking a train into Kyiv"
  bool VisitedLed(size_t i);                  // "led a delegation to X"
  Subjects CounterpartMet(size_t verb, size_t limit) const;  // "met his Chinese counterpart"
  bool VisitedNounBy(size_t i);               // "a visit by X to Y"
  Subjects NounPossessor(size_t noun, Relation* r);
  Subjects NounSpeaker(size_t noun) const;
  Subjects PredicatePerson(size_t noun, size_t end) const;  // "The trip to X made him"
  bool NounFramed(size_t noun) const;
  std::string CancelledBefore(size_t noun) const;  // "put off a visit to": the cue
  Subjects PersonOfCountry(int adjective, size_t noun) const;  // "by a French president"
  Subjects FrontedPhraseSubject(size_t noun) const;  // "Back from a tour of X, Y said"
  bool VisitedChosen(size_t noun);  // "chose Turkey for his first trip"
  std::vector<int> EventBefore(size_t i, size_t* end) const;  // "the gathering", "in his place"
  bool VisitedAttend(size_t i);               // "attended / skipped the summit in X"
  bool VisitedHosted(size_t i);               // "X hosted Y": Y visits X's country
  bool VisitedHostPhrase(size_t i);           // "X played host to Y"
  bool VisitedHostOf(size_t i);               // "Macron, Xi's host in Paris"
  bool VisitedVisitingTitle(size_t i);        // "the visiting Indian foreign minister, X"
  bool HostedGuests(size_t verb, size_t i, size_t guest_at, const char* rule);
  bool VisitedReceived(size_t i);             // "Y was welcomed in X"
  Subjects SubjectBeforeVerb(size_t verb) const;  // the guest of "was received by"
  bool VisitedVerbPrep(size_t i);             // "flew to X", "stopped over in X"
  bool VisitedVerb(size_t i);                 // "visited X"
  std::vector<int> PlaceLaterInSentence(size_t from, size_t* end) const;
  // "had arrived that morning", "flew in for the summit": an arrival that
  // names no place is at the place of the previous sentence.
  std::vector<int> BareArrivalPlace(size_t trigger) const;
  void EmitAbroad(const char* rule, int place, size_t i, const Subjects& s, size_t end);
  // rules_visited_locative.cc: presence told by a locative phrase
  int LocativePlace(size_t prep, size_t* end) const;
  size_t LocativeChainStart(size_t prep) const;
  size_t PhraseStartBefore(size_t j) const;
  bool HeadsClauseAfter(size_t end) const;
  bool LifeClause(size_t prep) const;  // rules_visited_locative.cc
  Subjects LocatedPeople(size_t prep, size_t chain, size_t end);
  Subjects FrontedLocativeSubject(size_t prep, size_t end) const;
  bool ResidentThere(int entity) const;
  bool NamedInFull(int entity) const;  // not a bare surname of anyone
  void AddPartners(size_t prep, Subjects* s) const;  // "shook hands with X at"
  bool SigningClause(size_t from, size_t to) const;  // "signed the treaty in Astana"
  size_t CoordinatedClauseEnd(size_t k) const;
  bool SpeaksFromHome(int entity) const;
  void EmitLocated(int place, size_t prep, Subjects s, size_t end);
  bool EmitIfVisitor(const Relation& r, const std::vector<int>& places, size_t i, const Subjects& s,
                     size_t end);
  // rules_visited_deeds.cc
  bool KnownCountries(const Subjects& s) const;  // every traveller's home is known
  bool DeedObject(size_t verb, size_t limit) const;  // "addressed parliament", "laid a wreath"
  std::vector<int> DeedObjectCountry(size_t verb, size_t limit, size_t* end) const;
  bool RemoteClause(size_t i) const;          // "by video link"
  size_t PastCapacity(size_t cend) const;     // past "as Senegal's president"
  Subjects FrontedClauseSubject(size_t i) const;  // "After landing in X, Y said"
  Subjects InvitedGuest(size_t i) const;      // "invited X to come to Y": X
  // "a day after Washington did the same": the sentence's last fact again,
  // for the subject of "did" (rules_repeated.cc).
  bool DidTheSame(size_t i);
  int ModifierPlace(size_t noun) const;       // "a White House visit", "his Moscow trip"
  size_t LegBefore(size_t noun) const;        // "the Jakarta leg of" his tour
  bool VisitedModifierPlace(size_t i);        // "his Moscow trip": the possessor
  bool VisitedDuringStay(size_t i);
  bool ObjectPronounAt(size_t k) const;           // "signed in Canberra during Marape's visit"
  bool VisitedTourLeg(size_t i);              // "a tour that began in Cairo"
  bool VisitedHonoured(size_t i);             // "was given a 21-gun salute in X"
  bool VisitedDeparture(size_t i, size_t k, size_t cend, const Subjects& s);  // "left X for Y"
  bool VisitedReturn(size_t i, size_t k, size_t cend, const Subjects& s);  // "returned from X"
  int CapacityCountry(size_t i, size_t cend) const;  // "as Senegal's president"
  bool VisitedGuestOfHosts(size_t i);         // "telling his Lithuanian hosts"
  std::string PostponedAfter(size_t noun) const;  // "a visit by X ... has been postponed"
  bool PlannedAfter(size_t noun) const;       // "a visit by X ... was on the agenda"
  bool VisitedGuest(size_t i);                // "was the guest of X in Y"
  bool VisitedCancelledEvent(size_t i);       // "called off the summit in X"
  bool VisitedStandIn(size_t i);              // "sending Y in his place"
  bool HeadsItsClause(int entity, size_t limit) const;
  bool VisitedOrigin(size_t i, size_t from, size_t cend, const Subjects& s);  // "flew from X"
  void EmitVisits(Relation r, const std::vector<int>& places, size_t i, const Subjects& s, size_t end);
  size_t HoldPhraseAfter(size_t put) const;  // "on hold" / "in abeyance" after "put"  // arms with a named origin reach a country
  std::string ThingPhrase(size_t from, size_t head, size_t cend) const;
  bool ArmsNear(size_t from, size_t to) const;
  bool IsAmountOrDeterminer(const Token& tk) const;
  int PossessorBefore(size_t noun) const;
  size_t GoverningVerbOfSupplyNoun(size_t first) const;  // "approved the transfer of"
  bool SupplierNoun(size_t i);
  Subjects UserOfMadeArms(int mention, bool made, size_t arms_end, size_t* trigger);
  Subjects WhoseAntecedent(size_t verb) const;  // "Morocco, whose air force flies"
  bool CapturedIn(size_t from, size_t to) const;  // "seized", "captured"
  bool BannedSupply(size_t verb) const;            // "the ban on selling"
  bool MadeFor(size_t i, size_t cend);
  size_t ArrivedSubjectStart(size_t verb) const;  // past ", including X," before an arrival verb
  std::vector<int> Givers(int supplier, size_t limit) const;  // "supplied by A and B"         // "frigates built for R by S"
  bool IsOwnName(int mention) const;
  int HolderOfArms(size_t relative, size_t verb, size_t* end) const;
  size_t VerbBeforeArms(size_t arms) const;
  int IndirectObjectAt(size_t k) const;        // "kitted out R's army with"
  int ArmsOwner(size_t arms) const;            // "R's first six jets, bought from S"
  bool OnlyDiscussed(size_t verb) const;       // "held talks on selling X to R"
  size_t NewClauseAfterAnd(size_t from, size_t limit) const;  // ", and the US has stationed"
  bool AddedToArsenal(size_t i, size_t cend);  // "added Chinese jets to its fleet"
  bool BuyerNoun(size_t i);                    // "the biggest buyer of Chinese weapons"
  Subjects BuyerOfNoun(size_t b);
  Subjects SubjectBefore(size_t verb);
  int RelativeClauseRecipient(size_t verb, size_t cend, size_t* end) const;
  int SharedRecipient(size_t verb) const;
  bool PassiveSupply(size_t verb, size_t cend);
  int VerbObjectRecipient(size_t verb, size_t cend, Relation* r, size_t* end, size_t* arms_end);
  // rules_supplies_deals.cc: "signed a contract for 12 French Rafale jets"
  bool DealForArms(size_t arms, size_t n);
  size_t DealBeforeFor(size_t arms) const;
  int SellerOfDealArms(size_t arms, size_t arms_end) const;
  bool NeverArrivedAfter(size_t from) const;
  bool DecidedSupply(size_t verb) const;  // "voted to send"  // "but the jets were never delivered"
  void SupplyOutcomes();                       // plans whose outcome the sentence tells
  int ShiftedObjectRecipient(size_t verb, size_t cend, size_t* end, size_t* arms_end) const;  // "sent to R X"
  bool CarriedOverRecipient(size_t verb, Relation r, size_t arms_end);
  size_t NounPhraseStart(size_t head) const;
  int RecipientOf(size_t after_arms, bool allow_for, size_t* end) const;  // "a", "all", "$", "1.1bn"
  size_t ArmsAt(size_t k) const;         // tokens of an arms phrase starting at k, 0 if none
  size_t ArmsAtUncached(size_t k) const;
  static constexpr uint8_t kArmsUnknown = 0xff;
  // False when no token can start an arms phrase (ArmsAt is 0 at every
  // token): the rules that walk the whole sentence for one ask this first.
  bool MayHoldArms() const;
  size_t FindArms(size_t from, size_t to) const;  // first token of an arms phrase, or npos
  int RecipientAfterTo(size_t from, size_t to, size_t* end) const;
  bool AgreementObject(size_t from, size_t to, Relation* r, size_t* end) const;
  size_t AgreementComplement(size_t head_end, size_t to) const;
  std::vector<int> Counterparts(size_t from, size_t to) const;
  std::string AgreementName(const std::string& description, const std::vector<int>& parties) const;

  // Emission.
  void Finish(Relation r, size_t trigger, const Subjects& s, size_t end);
  void Note(size_t trigger, const std::string& what);
  std::pair<size_t, size_t> RelativeClauseBefore(size_t trigger) const;
  std::pair<size_t, size_t> AsideBefore(size_t trigger) const;  // "X (...) signed": the aside
  std::string DateNear(size_t trigger) const;
  // "would discuss it when the Russian president visited Turkey": a clause
  // of time opened at `cs` hangs from a plan, so what it tells is a plan too.
  bool InClauseOfPlan(size_t cs) const;

  const std::vector<Token>& t_;
  const std::vector<Mention>& ms_;
  const std::vector<DateSpan>& dates_;
  const DocumentContext& doc_;
  const Lexicon& lex_;
  std::vector<Relation>* out_;
  std::vector<std::string>* trace_;
  // (in the Scratch; a const member may fill arms_at_ through the reference)
  std::vector<bool>& is_affiliation_;  // mention is the country of a titled person
  std::vector<uint8_t>& arms_at_;      // ArmsAt's answers, kArmsUnknown until asked
  std::vector<bool>& consumed_;        // tokens inside a verb rule's object
  mutable int8_t may_hold_arms_ = -1;  // MayHoldArms(), -1 until asked
};

}  // namespace kg::ingest
