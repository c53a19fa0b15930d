// Golden tables for the default lexicon (lexicon/themes.yaml): each rule
// family the codebook's semantic themes rely on, each trap it must avoid,
// and each pending cue, on sentences from the seed appendices (corpus/
// kent-2013) and invented ones in the returns' voice. None is taken from a
// gold file. A row says what a careful coder of lexicon/CODEBOOK.md codes.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/lexicon/default_matcher.h"

using returns::test::DefaultMatcher;

namespace {

struct Row {
  const char* text;
  std::vector<std::string> themes;
  std::vector<std::string> pending = {};
  int question = 0;
};

void Check(const std::vector<Row>& table) {
  for (const Row& row : table) {
    INFO(row.text << " (question " << row.question << ")");
    const auto t = DefaultMatcher().Tag(row.text, row.question);
    CHECK(t.themes == row.themes);
    CHECK(t.pending == row.pending);
  }
}

}  // namespace

TEST_CASE("default lexicon: relationships in other words, and what is not relationships", "[themes]") {
  Check({
      {"Heads now pick up the phone to each other before a hard meeting.", {"relationships"}},
      {"We have learned to be honest with one another about weak spots.", {"relationships"}},
      {"The heads rely on each other far more than they did.", {"relationships"}},
      {"Headteachers meet every half term at a different school.", {"relationships"}},
      {"Our small schools are no longer on their own.", {"relationships"}},
      {"Staff in one-form entry schools feel less isolated.", {"relationships"}},
      {"Being a head can be lonely; the group has changed that.", {"relationships"}},
      {"We no longer compete for pupils.", {"relationships"}},
      {"Heads are willing to lend staff to help another school.", {"relationships"}},
      {"Openness & willingness to share", {"relationships"}},  // seed
      {"We trust each other's judgement and can disagree without falling out.", {"relationships"}},
      // Traps: a trust that is a body, trust in assessment judgements, an area's isolation.
      {"Two schools are talking to the Kent Academies Trust.", {}},
      {"Secondary colleagues now trust our writing judgements.", {"literacy", "moderation"}},
      {"The area's isolation and deprivation make recruitment hard.", {}},
      {"Schools collaborate and share good practice.", {}},  // collaboration itself
  });
}

TEST_CASE("default lexicon: shared resources in other words, and what is not", "[themes]") {
  Check({
      {"The four schools now employ a joint bursar, which has cut our finance costs.", {"shared_resources"}},
      {"We negotiated a better rate for photocopiers by going out to tender as a group.", {"shared_resources"}},
      {"Buying a licence between us cost each school a fraction of the price.", {"shared_resources"}},
      {"None of us could afford a counsellor alone, so we fund one together.", {"shared_resources"}},
      {"Site staff cover for each other when someone is off.", {"shared_resources"}},
      {"A shared business manager now works across the three schools.", {"shared_resources"}},
      {"The new cleaning contract saved each school over £2,000.", {"shared_resources"}},
      {"Joint packages purchased in MCAS and Educational Psychology", {"shared_resources"}},  // seed
      {"We lend our minibus to the partner schools.", {"shared_resources"}},
      // Traps: pooled results are data; time saved is not money; a swimming pool.
      {"Baseline results were pooled across the schools.", {"data_assessment"}},
      {"The new template has saved heads a lot of time.", {}},
      {"Year 4 now swim at the local swimming pool.", {}},
  });
}

TEST_CASE("default lexicon: leadership development, not leaders merely named", "[themes]") {
  Check({
      {"Two deputies have secured headships this year.", {"leadership"}},
      {"We are growing our own leaders through a partnership programme.", {"leadership", "professional_development"}},
      {"Two middle leaders have taken on responsibility for science across the partnership.", {"leadership"}},
      {"A secondment let an assistant head act as head of school for a term.", {"leadership"}},
      {"Coaching for new headteachers is provided by experienced heads.", {"leadership", "professional_development"}},
      {"Middle leaders are initiating school to school projects & support", {"leadership"}},  // seed
      // Leaders merely meeting, listed or observing.
      {"Maths Subject leaders have met and are planning further networking opportunities.", {"mathematics"}},
      {"SLT from both schools looked at books together.", {"peer_review"}},
      {"Leadership and management was judged good at the last inspection.", {"ofsted"}},
  });
}

TEST_CASE("default lexicon: peer review in other words", "[themes]") {
  Check({
      {"Heads carried out paired visits to look at books and talk to pupils.", {"peer_review"}},
      {"Colleagues from partner schools observed lessons and gave feedback.", {"peer_review"}},
      {"Teachers spent a morning in a partner school watching phonics sessions.", {"literacy", "peer_review"}},
      {"Leaders have reviewed one another's schools using a common framework.", {"peer_review"}},
      {"There is real support and challenge between the heads.", {"peer_review", "relationships"}},
      {"A mock inspection was carried out by two partner heads.", {"ofsted", "peer_review"}},
      {"Staff at all levels provide challenge to peers and staff in their own and other schools.", {"peer_review"}},  // seed
      // Reviews of plans are not reviews of schools; EYFS observations are assessment.
      {"The action plan will be reviewed in July.", {}},
      {"EYFS observations are now recorded online.", {"early_years"}},
  });
}

TEST_CASE("default lexicon: training, data, teaching quality, transition and the rest", "[themes]") {
  Check({
      {"Maths subject leaders attended three twilight sessions.", {"mathematics", "professional_development"}},
      {"Class teachers attended three twilight sessions on fractions.", {"mathematics", "professional_development"}},
      {"Governors attended joint training on safeguarding.", {"governance"}},  // governor training
      {"Pupil tracking now uses the same system in all schools.", {"data_assessment"}},
      {"Nobody hides their results any more.", {"data_assessment"}},
      {"Staff survey data show high morale.", {}},
      {"The percentage of lessons judged good or better has risen to 85%.", {"teaching_quality"}},
      {"Teaching is stronger in all four schools.", {"teaching_quality"}},
      {"Year 6 pupils from our feeder schools attended taster days.", {"transition"}},
      {"KS2 to KS3 transfer information is now sent in one format.", {"data_assessment", "transition"}},
      {"The transition to the new head went smoothly.", {}},
      {"Pupils new to English are supported by a bilingual assistant.", {"teaching_assistants", "vulnerable_groups"}},
      {"Writing the bid took most of the autumn.", {}},
      {"English Martyrs hosted the meeting.", {}},
      {"Moderate uptake so far for the parents' evenings.", {"parents"}},
      {"Joint moderation of Year 2 writing took place in March.", {"literacy", "moderation"}},
      {"Children working at L5 are taught together once a week.", {"more_able"}},
      {"Staff are more able to talk openly about what is not working.", {"relationships"}},
      {"Our reception office staff have had first aid training.", {"professional_development"}},
      {"Admin support staff cover the office at lunchtime.", {}},
      {"The minibus will be inspected in April.", {}},
      {"Heads shared their schools' attainment figures at every meeting.", {"data_assessment"}},
      {"Teachers now agree on what a secure Level 3 looks like in reading.", {"literacy", "moderation"}},
      {"Teachers requiring improvement were supported by a coach.", {"teaching_quality"}},
      {"A cross-school network for Year 2 teachers meets termly.", {"professional_development"}},
      {"Year 6 children spent a day at the secondary school in July.", {"transition"}},
      // Collegiate people are relationships; collegiate work is only the work.
      {"It has become a properly collegiate group of heads.", {"relationships"}},
      {"The four deputies have built a collegiate culture in which nothing is hidden.", {"relationships"}},
      {"Maths leads did collegiate work on the calculation policy.", {"mathematics"}},
      {"Collegiate and committed approach from headteachers in the group, with emphasis on raising standards.",
       {"relationships"}},  // seed
      // Judgements of teaching are teaching quality; judgements confirmed by joint observation are not.
      {"Judgements of teaching made by heads now match those of the external adviser.", {"teaching_quality"}},
      {"The joint observations confirmed the judgements senior leaders had already made.", {"moderation", "peer_review"}},
      {"Visiting heads graded the lessons they observed and compared notes.", {"peer_review", "teaching_quality"}},
  });
}

TEST_CASE("default lexicon: each pending cue on a sentence", "[themes][pending]") {
  Check({
      // Not done, not started, put off.
      {"Learning walks – not yet started.", {"learning_walks"}, {"learning_walks"}},
      {"Peer review has yet to begin.", {"peer_review"}, {"peer_review"}},
      {"Governor training is still to be arranged.", {"governance"}, {"governance"}},
      {"Joint moderation – not started.", {"moderation"}, {"moderation"}},
      {"No progress on the parent council.", {"parents"}, {"parents"}},
      {"Parents – not a priority this year.", {"parents"}, {"parents"}},
      {"The Y6/7 project was postponed because of staff absence.", {"transition"}, {"transition"}},
      {"Learning walks were deferred to the spring.", {"learning_walks"}, {"learning_walks"}},
      {"The SENCO network has been delayed.", {"professional_development", "vulnerable_groups"},
       {"professional_development", "vulnerable_groups"}},
      {"Moderation was cancelled and rearranged for 19 May.", {"moderation"}, {"moderation"}},
      {"The phonics training is on hold.", {"literacy", "professional_development"}, {"literacy", "professional_development"}},
      {"Peer review hasn't started.", {"peer_review"}, {"peer_review"}},
      {"Nothing is yet in place for more able pupils.", {"more_able"}, {"more_able"}},
      // Booked or planned for later: the cue reaches its whole sentence.
      {"A moderation session is booked for May; governors invited.", {"governance", "moderation"},
       {"governance", "moderation"}},
      {"Places allocated on the ELC for TAs programme.", {"elc", "professional_development", "teaching_assistants"},
       {"elc", "professional_development", "teaching_assistants"}},
      {"Peer review dates agreed for the summer term.", {"peer_review"}, {"peer_review"}},
      {"An INSET day on phonics is in the diary.", {"literacy", "professional_development"},
       {"literacy", "professional_development"}},
      {"A parents' leaflet is in draft.", {"parents"}, {"parents"}},
      {"Data tracking – awaiting the new system.", {"data_assessment"}, {"data_assessment"}},
      {"Learning walks next term.", {"learning_walks"}, {"learning_walks"}},
      {"Outdoor learning INSET organised for Term 6.", {"professional_development"}, {"professional_development"}},
      {"A mock inspection is planned.", {"ofsted", "peer_review"}, {"ofsted", "peer_review"}},
      {"A joint catering contract was discussed; decision in June.", {"shared_resources"}, {"shared_resources"}},
      // Future: will, to be, to start.
      {"Heads will visit each other's schools in Term 5.", {"peer_review"}, {"peer_review"}},
      {"Shared SENCO – we will advertise in the autumn term.", {"shared_resources", "vulnerable_groups"},
       {"shared_resources", "vulnerable_groups"}},
      {"Heads will say things here they would not say elsewhere.", {}},  // a habit, not a plan
      {"TA training to be rolled out in Term 5.", {"professional_development", "teaching_assistants"},
       {"professional_development", "teaching_assistants"}},
      {"Coaching pairs for new heads to start after Easter.", {"leadership", "professional_development"},
       {"leadership", "professional_development"}},
      {"The maths network is due to start in June.", {"mathematics", "professional_development"},
       {"mathematics", "professional_development"}},
      {"A working party on assessment systems to meet after half term.", {"data_assessment"}, {"data_assessment"}},
      {"Transition visits starting in June.", {"transition"}, {"transition"}},
      {"Summer school for pupils about to move to secondary.", {"transition"}, {"transition"}},
      {"A shared SENCO is being considered.", {"shared_resources", "vulnerable_groups"},
       {"shared_resources", "vulnerable_groups"}},
      {"A session for all staff is being arranged.", {"professional_development"}, {"professional_development"}},
      // Intentions and looking into it.
      {"We hope to extend moderation to Reception.", {"early_years", "moderation"}, {"early_years", "moderation"}},
      {"We intend a joint day for all staff.", {"professional_development"}, {"professional_development"}},
      {"We would like a shared parent council.", {"parents"}, {"parents"}},
      {"We are exploring a joint approach to Y6 into Y7.", {"transition"}, {"transition"}},
      {"NPQH – two candidates identified.", {"leadership", "professional_development"},
       {"leadership", "professional_development"}},
      {"A joint maths week is proposed.", {"mathematics"}, {"mathematics"}},
      {"We had planned a governor evening on data.", {"data_assessment", "governance"},
       {"data_assessment", "governance"}},
      // Objectives: aims, not work done.
      {"To establish a shared approach to phonics across the cluster.", {"literacy"}, {"literacy"}, 4},
      {"Objective 3 – To develop the role of teaching assistants.", {"teaching_assistants"}, {"teaching_assistants"}, 4},
      {"Priority 2: To raise standards in writing. All schools now use the same spelling scheme.", {"literacy"}, {}, 2},
      {"Subject leadership – to look at leaders taking a subject across the network.", {"leadership"}, {"leadership"}, 4},
      {"To date, two moderation meetings have been held.", {"moderation"}, {}},  // "To date" is no aim
  });
}

TEST_CASE("default lexicon: done cues, units and headings", "[themes][pending]") {
  Check({
      // Some of it has happened: not pending.
      {"Learning walks took place in the autumn and a second round is booked for March.", {"learning_walks"}, {}},
      {"Moderation meetings have been held and more are planned for the summer.", {"moderation"}, {}},
      {"Y2 teachers trialled the calculation policy, which will be rolled out to KS2.", {"mathematics"}, {}},
      {"The tracking system went live in January; reports will follow.", {"data_assessment"}, {}},
      {"Peer review is on track; the second cycle starts in May.", {"peer_review"}, {}},
      {"Continue to develop learning walks across the schools.", {"learning_walks"}, {}, 4},
      {"Embed the family learning sessions.", {"parents"}, {}, 4},
      {"Moderation is not yet completed.", {"moderation"}, {"moderation"}},  // "completed" inside the cue
      // Each clause decides for itself; the theme is pending only if every match is.
      {"Maths leads have met twice; a joint moderation session is booked for May.", {"mathematics", "moderation"},
       {"moderation"}},
      {"The partnership agreed expectations for writing, and will compare judgements in June.",
       {"literacy", "moderation"}, {"moderation"}},
      {"Teachers attended the launch but the data training has not happened yet.",
       {"data_assessment", "professional_development"}, {"data_assessment", "professional_development"}},
      // A heading's cue stays on its line; the detail below decides its own themes.
      {"Training – still to be finalised\nGovernors met in March to agree the budget.", {"governance", "professional_development"},
       {"professional_development"}},
      {"Peer review – dates agreed\nEach head will spend a day in a partner school.", {"peer_review"}, {"peer_review"}},
      // Seed: the heading's cue marks what is on its own line.
      {"Helping my Child to learn Training – Still to be finalised", {"professional_development"},
       {"professional_development"}},
  });
}

TEST_CASE("default lexicon 2.1: the weaker themes in their other words", "[themes]") {
  Check({
      // relationships: trust, candour, knowing each other, saying when something goes wrong.
      {"Heads now trust each other enough to say when something is going wrong.", {"relationships"}},
      {"Heads know each other well and speak openly at meetings.", {"relationships"}},
      {"Honest conversations about results are now the norm among heads.", {"data_assessment", "relationships"}},
      // shared_resources: pooled money, a central pot, a post funded and working across the schools.
      {"The schools pooled their budgets to employ a family liaison officer.", {"parents", "shared_resources"}},
      {"Each school contributes £2,000 a year to a central pot.", {"shared_resources"}},
      {"A speech therapist works across the four schools, jointly funded.", {"shared_resources", "vulnerable_groups"}},
      // transition: year and phase pairs written short; staff crossing phases and budget transfers are not.
      {"Year 6 to 7 bridging units in English and maths.", {"literacy", "mathematics", "transition"}},
      {"Reception into Year 1: a shared approach to moving classes.", {"early_years", "transition"}},
      {"Secondary staff taught Year 6 lessons in the spring.", {}},
      {"The surplus was transferred to the budget for next year.", {}},
      {"Year 6/Year 7 induction went well.", {"transition"}},
      {"The new Year 7s settled quickly.", {"transition"}},
      // Trust in judgements is moderation only within a few words of them.
      {"We trust each other's judgements on writing.", {"literacy", "moderation"}},
      // leadership, parents, data in other words.
      {"Subject leads now lead training across the partnership.", {"leadership", "professional_development"}},
      {"Coffee mornings for mums and dads have been well attended.", {"parents"}},
      {"Question level analysis of the SATs papers was shared between schools.", {"data_assessment"}},
  });
}

TEST_CASE("default lexicon 2.1: pending cues for dates, places, calendars, aims", "[themes][pending]") {
  Check({
      {"Joint moderation: dates have been agreed for the summer term.", {"moderation"}, {"moderation"}},
      {"Places have been booked on the middle leaders programme.", {"leadership", "professional_development"},
       {"leadership", "professional_development"}},
      {"A transition day is in the calendar for July.", {"transition"}, {"transition"}},
      {"Next steps: a network for TAs across the four schools.", {"professional_development", "teaching_assistants"},
       {"professional_development", "teaching_assistants"}},
      {"We are going to pool funds for a shared SENCO.", {"shared_resources", "vulnerable_groups"},
       {"shared_resources", "vulnerable_groups"}},
      {"Objective 2: Develop a common tracking system.", {"data_assessment"}, {"data_assessment"}, 4},
      {"Extend moderation to the pre-schools.", {"early_years", "moderation"}, {"early_years", "moderation"}, 4},
      {"Neither deputy has yet started the NPQH.", {"leadership", "professional_development"},
       {"leadership", "professional_development"}},
      // "next steps" inside a sentence are no plan; a noun after "Increase" is no aim.
      {"Each school received a clear set of next steps from its review.", {"peer_review"}, {}},
      {"Increase in the number of good or better lessons, currently at 75%.", {"teaching_quality"}, {}, 2},
  });
}
