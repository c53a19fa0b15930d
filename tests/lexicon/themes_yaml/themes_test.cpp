// Golden tables for the default lexicon (lexicon/themes.yaml), its themes:
// each rule family the codebook's semantic themes rely on and each trap it
// must avoid, on sentences from the seed appendices (corpus/kent-2013) and
// invented ones in the returns' voice. None is taken from a gold file. A row
// says what a careful coder of lexicon/CODEBOOK.md codes. Pending cues:
// pending_test.cpp.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/lexicon/themes_yaml/golden_row.h"

using returns::test::Check;

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
      // (2.6: openness as well, as the 2014-8 coder codes "no one hides their data"; until 2.5 data alone)
      {"Nobody hides their results any more.", {"data_assessment", "relationships"}},
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

TEST_CASE("default lexicon 2.2: relationships in other words, and what is not", "[themes]") {
  Check({
      {"the fact the heads actually like each other", {"relationships"}},                            // 2014-3
      {"Nobody else understands what running a special school is like - we get each other", {"relationships"}},  // 2014-3
      {"Teachers are now emailing each other across schools without the heads being involved.", {"relationships"}},
      {"island mentality works for us here – we're all in it together", {"relationships"}},            // 2014-3
      {"mainstream & special heads in one room – mutual respect, no us and them", {"relationships"}},  // 2014-3
      {"cross-phase respect – primary staff no longer feel 'done to' by the secondary", {"relationships"}},  // 2014-3
      {"A network where special and PRU heads aren't the odd ones out", {"relationships"}},            // 2014-3
      {"No one school dominates.", {"relationships"}},                                                 // 2014-3
      {"being able to say 'we're struggling with X' without it going any further", {"relationships"}},  // 2014-3
      {"Heads meeting is a genuinely safe place", {"relationships"}},                                  // 2014-3
      {"Buckland Heights out of RI in May – judged good, partly down to alliance support", {"ofsted", "relationships"}},  // 2014-3
      {"The RI school is now being supported by the rest of us with a plan agreed by all five heads.", {"ofsted", "relationships"}},  // 2014-4
      {"We can share our worries without anyone judging.", {"relationships"}},
      {"The cluster has become a place where heads can admit they need help.", {"relationships"}},
      {"Being able to ring another head at 7.30 in the morning and ask a stupid question.", {"relationships"}},  // 2014-4
      {"The smallness of the network means everybody knows everybody.", {"relationships"}},          // 2014-4
      {"When the inspectors came the others sent food, cover and encouragement. It felt like a family.", {"ofsted", "relationships"}},  // 2014-4
      {"The infant and junior heads now think of the children as 'ours' rather than 'yours' and 'mine'.", {"relationships"}},  // 2014-4
      {"As a head of a tiny school it is good to have people who understand the pressures.", {"relationships"}},
      {"Staff now ask colleagues in the other schools for advice.", {"relationships"}},
      {"There is a real warmth between the staff of the two schools.", {"relationships"}},
      {"secondary head gives her time generously – very supportive of the small schools", {"relationships"}},  // 2014-3
      {"outstanding school's SLT willing to open their doors to the rest of us", {"ofsted", "relationships"}},  // 2014-3
      // Traps: honesty as a hedge, support with a named activity, a trust as a body, trust in data.
      {"Moderation of writing is better, but if we are honest we have a long way to go.", {"literacy", "moderation"}},
      {"We had support from the partnership with moderation.", {"moderation"}},
      {"Governors are to consider whether a multi-academy trust is right for us.", {"governance"}},
      // (2.4: the receiving school trusting the sending school's data is transition, as the 2014-4 coder codes it.)
      {"We wanted the juniors to trust infant data and we think they do now.", {"data_assessment", "transition"}},
      {"Staff were very open to new ideas.", {}},
      {"The nurture group is a safe place for children; it is safe to say behaviour is better.", {"vulnerable_groups"}},
      {"The extra funding was generously given by the diocese.", {}},
      {"Parents were made welcome and were happy to help.", {"parents"}},
      {"We respect the views of parents.", {"parents"}},
  });
}

TEST_CASE("default lexicon 2.2: shared resources, leadership, peer review and moderation in other words", "[themes]") {
  Check({
      // shared_resources: amounts saved, costs split, posts named shared or joint, time divided, cover.
      {"We now buy EP, counselling & the music service as one cluster – approx £11k saved", {"shared_resources"}},  // 2014-3
      {"sports coach shared 3 ways – costs us a third of what we'd pay alone", {"shared_resources"}},  // 2014-3
      {"joint CPD at a fraction of the cost", {"professional_development", "shared_resources"}},      // 2014-3
      {"The minibus – sounds small but huge saving", {"shared_resources"}},                           // 2014-3
      {"shared PE teacher (primaries) & joint sports coach", {"shared_resources"}},                   // 2014-3
      {"Sharing a part-time PE specialist and a French teacher has given all our schools provision none of us could fund alone.",
       {"shared_resources"}},  // 2014-4
      {"HLTAs now cover PPA across 2 schools, saving on supply", {"shared_resources", "teaching_assistants"}},  // 2014-3
      {"Our music specialist divides her time between the three schools.", {"shared_resources"}},
      {"We combined our budgets for CPD.", {"professional_development", "shared_resources"}},
      {"Since January Brasted and Sundridge have shared an executive head, with a head of school in each.",
       {"leadership", "shared_resources"}},  // 2014-2
      {"Heads, deputies and both SENCos meet fortnightly.", {"relationships", "vulnerable_groups"}},  // 2014-4
      {"Our TAs are now a real group: they meet, they train together and they swap ideas.",
       {"professional_development", "teaching_assistants"}},  // 2014-4
      {"Shared Forest School leader (funded across all four schools) since November.", {"shared_resources"}},  // 2014-4
      {"Staff from the partner school covered maternity leave at Hill Top.", {"shared_resources"}},
      {"Teachers from the three schools met for a shared staff meeting on phonics.", {"literacy"}},  // a meeting, not a post
      {"High expectations and aspirations, shared by teachers, support staff and governors.",
       {"governance", "teaching_assistants"}},  // seed: shared aims, not a shared post
      {"Governors attended joint training on pupil premium, with £125 saved per EP day.",
       {"governance", "shared_resources", "vulnerable_groups"}},
      {"Joint observation 2 teachers were graded as good.", {"moderation", "peer_review", "teaching_quality"}},  // no shared post
      {"Schools pooled their Y1-Y5 outcomes in one tracking spreadsheet.", {"data_assessment"}},  // pooled results are data
      {"The topics cover the curriculum across all three schools.", {}},  // covering topics is no staff cover
      {"Heads keep track of the budget each term.", {}},
      // leadership: exec heads, heads of department new to post, shadowing, leading the work, succession.
      {"federated Sept 13: one GB, one exec head, shared bursar & premises manager", {"governance", "leadership", "shared_resources"}},  // 2014-3
      {"Middle leaders connected to counterparts – a HoD new to post has 4 others to ring", {"leadership", "relationships"}},  // 2014-3
      {"shadowing: deputies spent 2 days in each other's schools", {"leadership", "peer_review"}},   // 2014-3
      {"dept heads are the engine – leading the work themselves, not waiting for SLT", {"leadership"}},  // 2014-3
      {"ELC Sustaining Good – 2 middle leaders from each primary on the spring cohort", {"elc", "leadership", "professional_development"}},  // 2014-3
      {"In 2014 it is very hard to find people willing to be the head of a 60-pupil village school.", {"leadership"}},  // 2014-4
      {"A new head was mentored by an experienced colleague from the cluster.", {"leadership"}},
      {"Moving forward, the heads want to develop peer review.", {"peer_review"}, {"peer_review"}},  // not leadership
      // peer_review: reviewers, challenge days, reviews by another head, a day in another school.
      {"Heads & deputies: 3 'challenge days' – each school presented RAISE & internal data to the others and took questions",
       {"data_assessment", "peer_review"}},  // 2014-3 (the coder adds relationships: heads meeting)
      {"Challenge is real – we don't let each other off the hook", {"peer_review", "relationships"}},  // 2014-3 (2.4: as coded)
      {"rigour of the reviews – no soft soap", {"peer_review"}},                                      // 2014-3
      {"Each head spends half a day in another school looking at an agreed focus.", {"peer_review"}},  // 2014-4
      {"each school's PP spending and its impact were reviewed by another head", {"peer_review", "vulnerable_groups"}},  // 2014-4
      {"The mental maths challenge day was the highlight of the year for the children.", {"mathematics"}},  // 2014-4
      // moderation: marking and grading agreed, a common judgement.
      {"HoDs network (all subjects) – 3 meetings; Eng & maths did joint Y11 mock marking",
       {"literacy", "mathematics", "moderation", "professional_development"}},  // 2014-3
      {"GCSE English CA marking now consistent between schools – agreed standards before submission", {"literacy", "moderation"}},  // 2014-3
      {"We are much closer to a common judgement than we were in September.", {"moderation"}},       // 2014-4
      {"The Reception teams agreed how we judge 'expected' on the profile.", {"early_years", "moderation"}},  // 2014-4
  });
}

TEST_CASE("default lexicon 2.2: transition, the other themes, and their traps", "[themes]") {
  Check({
      {"Reintegration: 7 of 11 KS3 pupils now back in mainstream full time", {"transition"}},         // 2014-3
      {"behaviour & attendance – joint approach to managed moves agreed at heads", {"transition"}},   // 2014-3
      {"Y7 writing levels held up after transfer this yr", {"literacy", "transition"}},               // 2014-3
      {"Post-16 transfer to FE – a joint link tutor appointed", {"shared_resources", "transition"}},  // 2014-3
      {"Year 2 children visited their junior school several times in the summer term.", {"transition"}},
      {"Children going up to the junior school had a buddy.", {"transition"}},
      {"Y6/Y7 teachers observed each other teaching fractions", {"mathematics", "peer_review"}},     // 2014-3: staff, not pupils
      {"Our curriculums do not join up - the juniors teach the Victorians in Y4.", {}},               // 2014-4
      {"58% of children moving at least two steps in mental calculation in a term", {"mathematics"}},  // 2014-4
      // Reception as a place, boards on display, Ofsted's grades and lessons' grades.
      {"Reception staff at all 3 sites now use the same visitor sign-in system, bought together", {"shared_resources"}},  // 2014-3
      {"Each school now has a partnership board in reception showing joint events", {}},              // 2014-3
      {"One calculation policy from Reception to Y9", {"mathematics"}},                               // 2014-3
      {"% of teaching RI or worse down to 9% (was 17%)", {"teaching_quality"}},                       // 2014-3
      {"Our three 'RI' teachers have each been coached by a colleague.", {"professional_development", "teaching_quality"}},  // 2014-4
      {"Lessons observed during the review were judged good.", {"teaching_quality"}},
      {"Review model – bring in an ex-HMI as lead reviewer for round 3", {"peer_review"}},             // 2014-3
      {"two of our schools have had SIAMS church school inspections this year", {}},                  // 2014-4
      {"the group has stuck together through 2 Ofsteds and a change of head", {"ofsted", "relationships"}},  // 2014-3
      {"Our Ofsted priority: all schools at least good by 2015.", {"ofsted"}},
      // governance, more able, literacy and maths, training, vulnerable groups, data, learning walks.
      {"Exec-level gov structure to be reviewed", {"governance"}, {"governance"}},                     // 2014-3
      {"High prior attainers in maths – 3 schools now entering for L2 Further Maths", {"mathematics", "more_able"}},  // 2014-3
      {"Joint Y10 Oxbridge/Russell Group day for top 40 students across the 3 schools", {"more_able"}},  // 2014-3
      {"PP pupils Y6 L4+ RWM 58% → 71%", {"literacy", "mathematics", "vulnerable_groups"}},          // 2014-3
      {"nursery staff trained in Letters & Sounds", {"early_years", "literacy", "professional_development"}},  // 2014-3
      {"Y6-7: transfer information to the grammar and the high schools is still patchy.", {"data_assessment", "transition"}},
      {"SEND – SENCo supervision group running", {"professional_development", "vulnerable_groups"}},  // 2014-3
      {"subject hubs (Eng, maths, science, MFL) meeting half termly", {"literacy", "mathematics", "professional_development"}},  // 2014-3
      {"OTP cohort of 8; ITP for 6 staff", {"professional_development", "teaching_quality"}},         // 2014-3
      {"P2 – Y11 English on course at 2 of 3 schls", {"literacy"}},                                  // 2014-3: "on course" is no course
      {"PMLD training x4 for teachers & support staff", {"professional_development", "teaching_assistants", "vulnerable_groups"}},  // 2014-3
      {"The sports premium was spent on a coach for each school.", {}},
      {"moderated P scale judgements now feed a shared progress spreadsheet", {"data_assessment", "moderation"}},  // 2014-3
      {"Pupil progress is analysed together at the end of each term.", {"data_assessment"}},
      {"Joint INSET day: 'Assessment after levels' with a speaker", {"data_assessment", "professional_development"}},  // 2014-4
      {"Questioning visibly better – seen on the walks", {"learning_walks"}},                         // 2014-3
  });
}

TEST_CASE("default lexicon 2.3: relationships, shared resources, leadership and peer review in other words", "[themes]") {
  Check({
      // Relationships: no ego, no offence taken, humility, brought into the fold, two-way, someone to ask, not competing.
      {"Good humour and a lack of ego around the table.", {"relationships"}},  // 2014-5
      {"Teachers watching each other teach the research lesson and then picking it apart afterwards without anyone "
       "taking offence.",
       {"peer_review", "relationships"}},                                                             // 2014-5
      {"Pantiles and Calverley Park have led the work generously and with real humility.", {"relationships"}},  // 2014-5
      {"The senior leaders of all five schools now meet together, which has brought the deputy heads into the fold.",
       {"relationships"}},                                                                  // 2014-5
      {"Caring about each other's schools as much as our own.", {"relationships"}},         // 2014-5
      {"The partnership between an outstanding school and RI schools is genuinely two-way.", {"ofsted", "relationships"}},  // 2014-5
      {"The SENCo cluster – a lifeline for the newer SENCos, two of whom were in post less than a year and had no one "
       "to ask.",
       {"professional_development", "relationships", "vulnerable_groups"}},  // 2014-5
      {"We have moved from competing with each other to working with each other.", {"relationships"}},
      {"Heads have each other's backs.", {"relationships"}},
      {"The group has become more cohesive over the year.", {"relationships"}},
      // Traps: trusted by parents, honesty as a hedge, generous with facilities, what one school could never afford
      // alone, software that does not talk to each other, a lifeline that is money.
      {"We have a shared Family Liaison Officer who is trusted by parents in all four schools.",
       {"parents", "shared_resources"}},  // 2014-5
      {"The secondary has been generous with its facilities and has funded a shared business manager post which the "
       "three smaller schools could never have afforded alone.",
       {"shared_resources"}},  // 2014-5
      {"Priority 2 (Y2/3): the move to one tracking system for both schools is proving harder than expected – the "
       "infants' and juniors' software do not talk to each other, so for now Y2 results are re-keyed by hand.",
       {"data_assessment", "transition"}},                                   // 2014-5
      {"The collaborative funding has been a lifeline for small specials", {}},  // 2014-3
      // Shared resources: what each school pays, free of charge, service contracts, posts shared or paid by the schools.
      {"The Lead Practitioner post – having one person who knows every school's maths is invaluable and it has cost "
       "each school less than a supply day a week.",
       {"mathematics", "shared_resources"}},  // 2014-5
      {"The secondary has been a tremendous partner, hosting meetings and events free of charge.", {"shared_resources"}},  // 2014-5
      {"HR/payroll contract in place from April with all schools on board.", {"shared_resources"}},  // 2014-5
      {"Cover supervisor shared by the two infant schools.", {"shared_resources"}},
      {"Our attendance officer is funded by all four schools.", {"shared_resources"}},
      {"Appointed a shared Maths Lead Practitioner (0.4 across the partnership) from January.", {"mathematics", "shared_resources"}},
      // Leadership: a leader coordinating a subject for the other schools, capacity at senior level; not years of headship.
      {"Our science leader now coordinates science for four schools.", {"leadership"}},  // 2014-5
      {"Capacity at senior level remains thin.", {"leadership"}},
      {"This is the most productive group I have been part of in 14 years of headship.", {}},  // 2014-5
      // Peer review: doors opened to be seen, fresh eyes, the SEF tested by a visiting head, notes' "obs", PP reviews;
      // doors opened without anyone looking is not peer review.
      {"Willingness to open our doors to colleagues and hear what they actually see.", {"peer_review", "relationships"}},  // 2014-5
      {"outstanding school's SLT willing to open their doors to the rest of us", {"ofsted", "relationships"}},  // 2014-3
      {"Fresh eyes from another head picked up things we had stopped noticing.", {"peer_review"}},
      {"The SEF was tested by a visiting head against the evidence.", {"peer_review"}},
      {"Joint obs in all 3 schools, inc. feedback.", {"peer_review"}},
      {"PP reviews have changed practice: two schools have redirected funding to targeted interventions.",
       {"peer_review", "vulnerable_groups"}},  // 2014-5
  });
}

TEST_CASE("default lexicon 2.3: moderation, transition and the other themes in other words", "[themes]") {
  Check({
      {"Heads now agree on the grading of lessons in almost all cases.", {"moderation", "teaching_quality"}},  // 2014-5
      {"Joint mod of writing in Y2 & Y6 done in March.", {"literacy", "moderation"}},
      {"The collaborative is making a real difference for our newest arrivals.", {"transition"}},  // 2014-5
      {"Infant and junior Y2/Y3 teachers have swapped classes for a morning in each half-term so that the children "
       "know their new teacher before September.",
       {"transition"}},  // 2014-5
      {"We aimed to reduce the number of children who join the juniors working below a 2c in reading.",
       {"literacy", "transition"}},  // 2014-4
      {"The infant–junior link – to develop a better handover at the end of Y2.", {"transition"}, {"transition"}},  // 2014-5
      // A school joining the hub is not a pupil moving on (the bundled corpus).
      {"Secondary school FSG joined hub in 2013 – IMPACT eg – secondary maths teacher running Level 6 masterclasses at "
       "Elham",
       {"mathematics", "more_able"}},
      {"LWs across the schools focusing on marking.", {"learning_walks"}},
      {"Fewer lessons require improvement than last year.", {"teaching_quality"}},  // lessons, not schools: not Ofsted
      {"Teaching over time is stronger in all four schools.", {"teaching_quality"}},
      {"Our NQTs meet termly as a group.", {"professional_development"}},
  });
}

TEST_CASE("default lexicon 2.3: governors, networks, mock visits and lesson grades in notes", "[themes]") {
  Check({
      {"Gov training on safeguarding - 3 schools.", {"governance"}},  // governor training is governance, not CPD
      {"Behaviour - nurture group shared across 2 schools.", {"shared_resources", "vulnerable_groups"}},
      {"HLTA network up and running.", {"professional_development", "teaching_assistants"}},
      {"Teachmeet at the sec - 40 staff.", {"professional_development"}},
      {"Mock visits from other heads helped.", {"peer_review", "relationships"}},
      {"Lesson obs now mostly good.", {"teaching_quality"}},
  });
}

// Phase B of lexicon 2.3: families found in the round 2014-6 (brisk notes from coastal collaboratives) after the
// phase A validation measure, each a common way of saying the theme.

TEST_CASE("default lexicon 2.4: relationships, leadership and transition in other words, and their traps", "[themes]") {
  Check({
      // Relationships: talking often, links and ties, openness, being there for each other, friends, no
      // suspicion, knowing whom to call.
      {"The heads now talk weekly and ring each other before any difficult meeting.", {"relationships"}},
      {"Closer links between the heads have made it easier to ask for help.", {"relationships"}},
      {"We can speak freely in the group – nothing leaves the room.", {"relationships"}},
      {"The group rallied round when one school went into a category.", {"relationships"}},
      {"Heads are much more willing to share what is not working in their own schools.", {"relationships"}},
      {"The heads have become good friends as well as colleagues.", {"relationships"}},
      {"There is much less suspicion between schools than there was.", {"relationships"}},
      {"Relations between the primary and secondary heads have improved.", {"relationships"}},
      {"Heads now know who to call when they need advice.", {"relationships"}},
      {"The group is very supportive.", {"relationships"}},
      {"It has broken down barriers between the schools.", {"relationships"}},
      {"Communication between the heads is much better.", {"relationships"}},
      {"Colleagues in the other schools are always happy to help.", {"relationships"}},
      {"We are all in the same boat, and not afraid to ask.", {"relationships"}},
      // Traps: staff covering for each other (shared resources), links that are only schools working
      // together, things user-friendly, the heads' meeting as a venue, goodwill depended on, a place's
      // isolation, parents glad to help.
      {"The office teams of the three schools now cover for each other during absence.", {"shared_resources"}},
      {"Good links with the high school.", {}},
      {"The new tracking software is user-friendly.", {"data_assessment"}},
      {"Plan agreed at the March heads' meeting; to start in Term 5.", {}},
      {"Peer review is too dependent on the goodwill of individual heads.", {"peer_review"}},
      {"The geographical isolation of our schools makes recruitment hard.", {}},
      {"Parents were happy to help at the summer fair.", {"parents"}},
      // Leadership: support for a new head, ready to step up, leaders leading staff across the schools; not
      // SLEs' workshops, not a lead school's leadership.
      {"Our new head has been mentored through her first year by an experienced head from the partnership.",
       {"leadership"}},
      {"The new head at Oakfield is being mentored by one of our heads.", {"leadership"}},
      {"Two deputies are ready for headship and are acting up this term.", {"leadership"}},
      {"Phase leaders from the four schools now plan together and lead joint staff meetings.", {"leadership"}},
      {"Joint INSET: 14 workshops run by our own SLEs and ASTs.", {"professional_development"}},
      {"Consistent, steady leadership from the lead school.", {}},
      {"Strong leadership from the head at Oakfield.", {}},  // praised, not developed
      {"Strong leadership capacity in all three schools.", {"leadership"}},
      {"Our co-headship model is now in its second year.", {"leadership"}},
      // Transition: year pairs with both years or arrows, Reception entry, the receiving school trusting
      // data, mid-year arrivals, nursery visits, leavers; not staff moving schools.
      {"Y6→Y7 bridging unit taught in the summer term.", {"transition"}},
      {"Joint pupil progress meetings for the Y2/Y3 cohort.", {"data_assessment", "transition"}},
      {"The juniors now accept the infants' KS1 data without retesting.", {"data_assessment", "transition"}},
      {"Pupils joining from other schools mid-year are now given a buddy.", {"transition"}},
      {"Nursery children visit their Reception class in the summer term.", {"early_years", "transition"}},
      {"Children starting Year R had two taster mornings.", {"early_years", "transition"}},
      {"Year 6 leavers have a bridge project to finish at secondary.", {"transition"}},
      {"Two teachers moving schools in September will be replaced.", {}},
  });
}

// Lexicon 2.5: cue and rule families written for wordings the development sets do not use (README "Lexicon 2.5"):
// for each, the other ways a head would say it. Invented sentences in the returns' voices, none from a gold file; a
// row says what a careful coder of lexicon/CODEBOOK.md codes, and the traps say what each family must not catch.

TEST_CASE("default lexicon 2.5: relationships, leadership and transition in other words, and their traps", "[themes]") {
  Check({
      // Relationships: not alone, gelled, straight with each other, guard down, offloading, fellowship, no
      // hierarchy, looking out for each other, a bond, closer, equals, heads' network and morale, heads working well
      // together, joint SLT meetings. Traps: staff across phases understanding expectations, a safe place for pupils.
      {"Heads no longer go it alone when things get difficult.", {"relationships"}, {}, 3},
      {"The heads have really gelled as a group this year.", {"relationships"}, {}, 3},
      {"We can be straight with each other without anyone getting defensive.", {"relationships"}, {}, 3},
      {"The heads' group has become a safe place to air worries.", {"relationships"}, {}, 3},
      {"Heads have let their guard down.", {"relationships"}, {}, 3},
      {"Nobody feels they have to put on a brave face any more.", {"relationships"}, {}, 3},
      {"Heads use the group to offload after a difficult week.", {"relationships"}, {}, 3},
      {"There is a real sense of fellowship among the four heads.", {"relationships"}, {}, 3},
      {"The secondary no longer talks down to the primaries; there is no hierarchy.", {"relationships"}, {}, 3},
      {"Heads keep an eye out for each other.", {"relationships"}, {}, 3},
      {"Heads feel responsible for each other's children, not just their own.", {"relationships"}, {}, 3},
      {"Small-school heads now feel part of something rather than on the edge of things.", {"relationships"}, {}, 3},
      {"The deputies have formed a genuine bond.", {"relationships"}, {}, 3},
      {"The heads now socialise together once a term.", {"relationships"}, {}, 3},
      {"A head who is struggling knows the others will pick her up.", {"relationships"}, {}, 3},
      {"Loyalty to the group has grown.", {"relationships"}, {}, 3},
      {"The heads have become closer over the year.", {"relationships"}, {}, 3},
      {"Heads are approachable and there is plenty of give and take.", {"relationships"}, {}, 3},
      {"We are a partnership of equals.", {"relationships"}, {}, 3},
      {"The network for heads is a real strength.", {"relationships"}, {}, 3},
      {"Heads' morale is noticeably higher.", {"relationships"}, {}, 3},
      {"Heads' meetings are much more open than they were.", {"relationships"}, {}, 3},
      {"The heads work well together.", {"relationships"}, {}, 3},
      {"Joint SLT meetings every half term.", {"relationships"}, {}, 3},
      // (cross-phase staff, as the 2014-2 coder codes it)
      {"Staff in both phases now understand each other's expectations far better.", {}, {}, 3},
      // (a place for pupils, not for heads)
      {"The nurture room is a safe place for vulnerable children.", {"vulnerable_groups"}, {}, 3},
      // Leadership: newer or less experienced heads supported, coordinators coached, leaders taking the lead or
      // running work in the other schools, succession when heads retire, acting and caretaker heads, talent, aspirant
      // heads, senior team members. Trap: a head retiring alone.
      // Transition: Year 6s and Year 7 tutors, settling in, familiarisation, staggered entry, primary liaison, the
      // upper school, "from Year 2 into the junior school", leaving Year 6, records received. Trap: EAL new arrivals.
      {"Our newer heads have had fortnightly coaching from an NLE.", {"leadership", "professional_development"}, {}, 2},
      {"Two less experienced heads are paired with a longer-serving colleague.", {"leadership"}, {}, 2},
      {"Subject coordinators have been coached by the secondary's heads of department.",
       {"leadership", "professional_development"}, {}, 2},
      {"Deputies took the lead on the writing project.", {"leadership", "literacy"}, {}, 2},
      {"Two of our heads retire in July and we need to plan their succession.", {"leadership"}, {"leadership"}, 2},
      // (a head retiring alone: a change of staff)
      {"Our budget holder changes in April as the head is retiring.", {}, {}, 2},
      {"The assistant head is acting as head while the head is on sick leave.", {"leadership"}, {}, 2},
      {"We have spotted and nurtured talent among our young teachers.", {"leadership"}, {}, 2},
      {"A caretaker head has been found from within the partnership.", {"leadership"}, {}, 2},
      {"Our MLs now run the pupil progress meetings in each other's schools.",
       {"data_assessment", "leadership"}, {}, 2},
      {"We have two aspirant heads among our deputies.", {"leadership"}, {}, 2},
      {"Senior team members gained experience through secondments.", {"leadership"}, {}, 2},
      {"Our Year 6s spent two days at the academy in July.", {"transition"}, {}, 2},
      {"Secondary Y7 tutors met every Year 6 class before the summer.", {"transition"}, {}, 2},
      {"Familiarisation visits for Reception starters went well.", {"early_years", "transition"}, {}, 2},
      {"Settling-in sessions for nursery children were well attended.", {"early_years", "transition"}, {}, 2},
      {"Primary liaison has improved this year.", {"transition"}, {}, 2},
      {"Children moving to the upper school took a passport about themselves.", {"transition"}, {}, 2},
      {"We staggered entry to Reception so that children could settle.", {"early_years", "transition"}, {}, 2},
      {"Pupils who arrive from other schools part way through Y4 are given a buddy.", {"transition"}, {}, 2},
      {"The move from Year 2 into the junior school is now much smoother.", {"transition"}, {}, 2},
      {"Children leaving Year 6 took their portfolios with them.", {"transition"}, {}, 2},
      {"The junior school now receives pupil records before the summer.", {"transition"}, {}, 2},
      // (new to the country, not moving school)
      {"EAL new arrivals settle quicker with the bilingual assistant.",
       {"teaching_assistants", "vulnerable_groups"}, {}, 2},
      {"Reciprocal reviews took place in all four schools.", {"peer_review"}, {}, 2},
  });
}

TEST_CASE("default lexicon 2.6: relationships, leadership, transition and peer review in other words, and their traps",
          "[themes]") {
  Check({
      // Relationships: someone to ring, a head's lifeline, no competition, the same page, the hard things said, nothing
      // hidden, less insular, the same table, the load shared, heads' breakfasts.
      {"As a new head, having someone to ring has kept me going.",
       {"relationships"}, {}, 3},
      {"For a new head the group has been a lifeline.",
       {"relationships"}, {}, 3},
      {"It doesn't feel like a competition any more.",
       {"relationships"}, {}, 3},
      {"The infant and junior heads are finally on the same page.",
       {"relationships"}, {}, 3},
      {"Heads will say when something is going wrong in their school.",
       {"relationships"}, {}, 3},
      {"We can say the hard things to each other.",
       {"relationships"}, {}, 3},
      {"Heads are open now: no one hides their problems.",
       {"relationships"}, {}, 3},
      {"The partnership has made us less insular.",
       {"relationships"}, {}, 3},
      {"Heads and chairs now sit at the same table.",
       {"governance", "relationships"}, {}, 3},
      {"Sharing the load between three heads.",
       {"relationships"}, {}, 3},
      {"Heads' breakfasts every fortnight.",
       {"relationships"}, {}, 3},
      // Traps: levels trusted by the next school (moderation), an area's isolation, funding as a lifeline.
      {"KS1 writing levels are now trusted by the junior school.",
       {"literacy", "moderation"}, {}, 2},
      {"The isolation of the area makes recruitment hard.",
       {}, {}, 4},
      {"The funding has been a lifeline for small specials.",
       {}, {}, 5},
      // Leadership: leaders leading work, leaders at every level, heads coming and going; trap: one change of head.
      {"The maths network is led by one of our maths leads.",
       {"leadership", "mathematics", "professional_development"}, {}, 1},
      {"Our middle leaders have each led a project in their own school.",
       {"leadership"}, {}, 2},
      {"Deputies have grown through leading the reviews.",
       {"leadership", "peer_review"}, {}, 3},
      {"Leaders at every level get opportunities a small school cannot give.",
       {"leadership"}, {}, 3},
      {"The smaller school was on its 4th head in 3 years.",
       {"leadership"}, {}, 2},
      {"The secondary has had a change of head.",
       {}, {}, 2},
      // Transition: moving-up days, the Y3 dip, levels passed on, pupils received mid-year. Peer review: triads, lessons
      // seen jointly, visits between classes, sitting in someone else's class.
      {"Joint moving up day for Year 2 in July.",
       {"transition"}, {}, 1},
      {"The Y3 dip is much smaller this year.",
       {"transition"}, {}, 2},
      {"We now pass on end of KS1 levels for every child.",
       {"transition"}, {}, 1},
      {"We receive a lot of pupils mid-year.",
       {"transition"}, {}, 2},
      {"Teaching triads across the three schools.",
       {"peer_review"}, {}, 1},
      {"Lessons seen jointly by two heads.",
       {"peer_review"}, {}, 1},
      {"The workshops led to visits between classes.",
       {"peer_review", "professional_development"}, {}, 2},
      {"It is fine to sit in someone else's class now.",
       {"peer_review"}, {}, 3},
  });
}
