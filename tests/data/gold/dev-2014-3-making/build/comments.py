# Round 2014-3: invented narrative returns (secondary, all-through, special; some cross-phase).
# Written before coding. (slug, question, text) in order; k is assigned per (slug, question).
ROUND = "2014-3"

COLLABS = [
    # slug, name, district, lead_schools
    ("stour-valley-secondary-federation", "Stour Valley Secondary Federation", "Ashford", "Kennington Vale Academy"),
    ("bybrook-all-through-cluster", "Bybrook All-Through Cluster", "Ashford", "Brabourne Lees School"),
    ("sturry-downs-learning-federation", "Sturry Downs Learning Federation", "Canterbury", "Sturry Downs High School"),
    ("seasalter-bay-secondary-partnership", "Seasalter Bay Secondary Partnership", "Canterbury", "Seasalter Ridge School"),
    ("darenth-valley-special-schools-collaborative", "Darenth Valley Special Schools Collaborative", "Dartford", "Brookland Fields School"),
    ("heathside-cross-phase-trio", "Heathside Cross-Phase Trio", "Dartford", "Heathside Community College"),
    ("white-cliffs-secondary-alliance", "White Cliffs Secondary Alliance", "Dover", "Langdon Cliffs College"),
    ("deal-and-walmer-inclusion-federation", "Deal and Walmer Inclusion Federation", "Dover", "Mill Road School"),
    ("thameside-secondary-heads-group", "Thameside Secondary Heads Group", "Gravesham", "Riverside Gate School"),
    ("shorne-ridgeway-federation", "Shorne Ridgeway Federation", "Gravesham", "Shorne Ridgeway School"),
    ("medway-vale-secondary-collaborative", "Medway Vale Secondary Collaborative", "Maidstone", "Allington Reach Academy"),
    ("len-valley-all-through-partnership", "Len Valley All-Through Partnership", "Maidstone", "Harrietsham Vale School"),
    ("darent-special-schools-network", "Darent Special Schools Network", "Sevenoaks", "Otford Meadow School"),
    ("eden-and-westerham-cluster", "Eden and Westerham Cluster", "Sevenoaks", "Eden Vale College"),
    ("channel-coast-federation", "Channel Coast Federation", "Shepway", "Sandgate Heights School"),
    ("marsh-and-downs-secondary-group", "Marsh and Downs Secondary Group", "Shepway", "Dymchurch Wall Academy"),
    ("sheppey-cross-phase-collaborative", "Sheppey Cross-Phase Collaborative", "Swale", "Eastchurch Marshes School"),
    ("milton-creek-special-partnership", "Milton Creek Special Partnership", "Swale", "Milton Creek School"),
    ("isle-of-thanet-secondary-heads", "Isle of Thanet Secondary Heads", "Thanet", "Northdown Cliff College"),
    ("margate-and-birchington-learning-trio", "Margate and Birchington Learning Trio", "Thanet", "Westbrook Bay School"),
    ("medway-gap-federation", "Medway Gap Federation", "Tonbridge and Malling", "Snodland Reach School"),
    ("kings-hill-and-west-malling-cluster", "Kings Hill and West Malling Cluster", "Tonbridge and Malling", "Leybourne Chase College"),
    ("high-weald-secondary-collaborative", "High Weald Secondary Collaborative", "Tunbridge Wells", "Frant Forest School"),
    ("pantiles-special-and-ap-network", "Pantiles Special and AP Network", "Tunbridge Wells", "Rusthall Common School"),
]

C = []
def add(slug, q, text):
    C.append((slug, q, text))

s = "stour-valley-secondary-federation"
add(s, 1, "Joint INSET 3 Jan – all 4 schools, c.280 staff; keynote on feedback + 14 workshops run by our own SLEs and ASTs; subject hubs (Eng, maths, science, MFL) meeting half termly since Oct, each chaired by a HoD; NQT and RQT twilights shared; data managers meet after each data drop; second joint INSET pencilled in for 6 Jan 15")
add(s, 2, "P1 – % lessons good or better up 61% → 74% across fed (internal obs, spring). P2 – Y11 5A*-C inc Eng & maths on course at 2 of 3 schls. P3 – not started, see Q4")
add(s, 2, "PP gap at KVA down from 24 pts to 15; still wide at the other two")
add(s, 2, "heads now ring each other before any big decision - would not have happened 2 yrs ago")
add(s, 3, "Honesty. We show each other the bad stuff not just the good.")
add(s, 3, "shared data manager – worth evey penny, one set of reports, one calendar of data drops")
add(s, 3, "No one school dominates.")
add(s, 3, "the fact the heads actually like each other")
add(s, 4, "Fed board needs tighter ToR - chairs to meet Term 5 to redraft")
add(s, 4, "Y6-7 – still not joined up with our feeder primaries, to pick up 2014-15")
add(s, 4, "Relationships with the new head at Ashford Vale still to build – she's only been in post since Easter; we'll buddy her up with a partner head from Sept")
add(s, 5, "Thanks to LA for flexibility on spend dates")

s = "bybrook-all-through-cluster"
add(s, 1, "Y6 taster days x3 (Jun); Y5 maths masterclasses at the secondary on Sat mornings; primary heads + sec SLT meet monthly")
add(s, 1, "Nursery & Reception staff from all 6 sites now moderate EYFS profile judgements together each term")
add(s, 2, "Transition – Y7 baseline tests show fewer pupils dipping in 1st term; primary reading ages now sent across in June not Sept")
add(s, 2, "moderate progress on writing, more to do")
add(s, 2, "sec science staff teaching Y6 in two primaries once a fortnight – pupils love it")
add(s, 3, "Genuinely one community 3-16, families see us as one thing")
add(s, 3, "small primaries no longer on their own – the sec is a big brother in a good way")
add(s, 4, "To develop a common homework policy 4-16")
add(s, 4, "EAL - growing numbers in 3 schools, need shared approach; nothing in place yet")
add(s, 4, "Shared specialist maths teacher for the primaries – costed, waiting on budgets before we commit")
add(s, 5, "Would be helpful if LA data sets came to us at the same time as to schools")

s = "sturry-downs-learning-federation"
add(s, 1, "Exec Head across both schools from Jan, heads of school appointed at each; shared SENCo (1 day a wk at the junior)")
add(s, 1, "Paired obs in Eng and maths depts (Oct, Feb); heads of dept reviewed each other's areas using the Ofsted subject survey criteria")
add(s, 2, "Priority 2 (leadership capacity) – 3 middle leaders started NPQML, 1 deputy on NPQH; HoD at the junior now leading maths across both sites")
add(s, 2, "attendance up 1.2% at the high school, PA down")
add(s, 3, "Distributed leadership - staff stepping up to roles across the fed they'd never have got in one school")
add(s, 3, "one SENCo, one approach to SEND across both sites")
add(s, 3, "Learning walks with a colleague from the other school – different eyes see different things")
add(s, 4, "Governance – single GB from Sept 14, consultation still to run")
add(s, 4, "Data – still 2 tracking systems, need one")
add(s, 5, "n/a – see above")

s = "seasalter-bay-secondary-partnership"
add(s, 1, "triad reviews Nov & Mar: each school hosted 1 day – lesson obs, book look, student panel, feedback to SLT at end of day. Focus set by the host (Nov: marking; Mar: boys' engagement in KS3). Reviewers were a head + one AHT from each of the other 2 schools. Written report within a week.")
add(s, 1, "Joint Y10 Oxbridge/Russell Group day w/ Kent Uni for top 40 students across the 3 schools")
add(s, 2, "Reviews have sharpened our SEF writing – less rose tinted")
add(s, 2, "Maths – shared GCSE intervention resources + joint revision day for Y11 (Mar), 180 students came")
add(s, 2, "% of teaching RI or worse down to 9% (was 17%)")
add(s, 3, "being able to say 'we're struggling with X' without it going any further")
add(s, 3, "Heads and deputies meet every 3 wks, rotating chair & venue")
add(s, 3, "Departments plan together – geog have shared schemes of work for Y7-9")
add(s, 4, "Review model – consider bringing in an ex-HMI as lead reviewer for round 3")
add(s, 4, "KS3 most able – no joint work yet, to plan for 14/15")
add(s, 5, "We'd like the return form to be shorter pls")

s = "darenth-valley-special-schools-collaborative"
add(s, 1, "P level moderation x2 (Nov, Apr) – all 4 specials + 2 mainstream units; B Squared training for assessment leads; ELC for TAs cohort of 14 (Jan–Mar); Team Teach refresher for all staff incl lunchtime; joint SALT contract, 3 days/wk across the 4 schools via one provider")
add(s, 2, "Progress data now comparable across schools – CASPA used by all from Sept, first comparison done Feb")
add(s, 2, "TAs more confident leading interventions; 2 HLTAs now run twilights for the other schools' TAs")
add(s, 2, "priorities 1 & 3 met, 2 partly")
add(s, 3, "very open group – we share exclusion & restraint figures with each other which we never would have before")
add(s, 3, "SEND outreach to mainstream – 40+ referrals handled jointly")
add(s, 4, "Parents – joint parent forum planned for autumn, date tbc")
add(s, 4, "post-19 transition – to explore shared links with the two colleges")
add(s, 5, "The collaborative funding has been a lifeline for small specials")

s = "heathside-cross-phase-trio"
add(s, 1, "shared PE teacher (primaries) & joint sports coach; Y6 summer school 2 wks in Aug")
add(s, 1, "KS2/3 literacy project – Y6 and Y7 teachers co-planned a bridging unit on persuasive writing, taught June/Sept")
add(s, 2, "Y7 writing levels held up after transfer this yr – only 8% dropped a sublevel (was 31%)")
add(s, 2, "Not much yet on maths")
add(s, 3, "Having a secondary colleague on the end of the phone")
add(s, 3, "sports coach shared 3 ways – costs us a third of what we'd pay alone")
add(s, 4, "Maths bridging unit – to be written Summer term for Sept")
add(s, 5, "Reception staff at all 3 sites now use the same visitor sign-in system, bought together")

s = "white-cliffs-secondary-alliance"
add(s, 1, "SLE deployment: 4 SLEs (maths, sci, Eng, behaviour) each giving 10 days to partner schools; OTP cohort of 8; ITP for 6 staff")
add(s, 1, "Mock inspection at Buckland Heights (Feb) by 2 partner heads + an ex-HMI, full 2 days")
add(s, 2, "Buckland Heights out of RI in May – judged good, partly down to alliance support")
add(s, 2, "OTP/ITP: 7 of 8 OTP staff now consistently outstanding in internal obs")
add(s, 2, "New deputies at two schools each paired with an experienced DHT from a partner school as mentor – weekly calls, termly visit")
add(s, 3, "we don't compete for kids round the heads' table any more, or at least not openly!")
add(s, 3, "SLEs leading work in other schools – good for them and for us")
add(s, 3, "Pace. Things get done.")
add(s, 4, "behaviour & attendance – joint approach to managed moves to be agreed at heads 12/6")
add(s, 5, "Funding paid for release time which is the real cost. Without it most of this would stop, as nobody can release staff from their own budget at the moment – budgets tighter than ever. Please consider carefully before year 3 is decided.")

s = "deal-and-walmer-inclusion-federation"
add(s, 1, "Joint SEND audit across the 4 schools (Sept–Nov) by our SENCos with an LA adviser; EHCP pathfinder – 12 families moved over from statements with a shared key worker, first annual reviews held in the new format; behaviour support from Mill Road now offered as outreach to both secondaries")
add(s, 1, "Attachment & trauma training for all staff, 2 twilights + INSET 2 Jan")
add(s, 2, "Fixed term exclusions down 40% at the two secondaries")
add(s, 2, "Parents much more positive – EHCP families said having the key worker made it 'less of a battle'")
add(s, 3, "mainstream & special heads in one room – mutual respect, no us and them")
add(s, 3, "Shared Ed Psych time – we top-sliced and bought 40 days as a group")
add(s, 4, "TAs – need joint training on autism, to be booked for Sept INSET")
add(s, 4, "Gov – link governors for SEND across fed not yet in place")
add(s, 5, "we would welcome the LA's view on sustaining the jointly funded key worker post after March")

s = "thameside-secondary-heads-group"
add(s, 1, "Joint exams officer & invigilator pool; one supply agency contract for all 5 (saved approx £18k)")
add(s, 1, "Heads & deputies: 3 'challenge days' – each school presented RAISE & internal data to the others and took questions")
add(s, 2, "Data – all 5 now on same 4 assessment points & common KS3 flightpaths; Y11 predictions within 3% at 4 schools")
add(s, 2, "EAL – new arrivals now assessed at a shared induction base before they start at a school")
add(s, 2, "Admin support staff have had joint SIMS training, much better")
add(s, 2, "Priority 1 T&L – lessons good or better 71% (Sept) to 80% (Mar), inadequate now below 3%; Priority 2 – common KS3 assessment in place at all 5, first cross-school comparison at Feb heads; Priority 3 – heads' challenge days done x3; Priority 4 – joint procurement (supply, exams, photocopiers) saving c.£30k across the group; Priority 5 – governors: not started, chairs to meet in June")
add(s, 3, "Trust – hard won, we had a rocky start")
add(s, 3, "buying together – the supply contract alone paid for the heads' time")
add(s, 3, "Procurement: one voice to suppliers = better prices")
add(s, 4, "Governance: nothing formal yet, just heads")
add(s, 4, "Learning walks across the 5 – pencilled in for w/c 9 June")
add(s, 5, "LA link adviser has been very helpful")

s = "shorne-ridgeway-federation"
add(s, 1, "federated Sept 13: one GB, one exec head, shared bursar & premises manager")
add(s, 1, "EYFS – nursery staff at the all-through trained in Letters & Sounds alongside the infant schools' reception teams")
add(s, 2, "Phonics screening 68% → 81% (fed average)")
add(s, 2, "Exec head model bedding in, heads of school growing in confidence")
add(s, 2, "Infant school inspected Jan – good, with EYFS picked out as a strength; inspectors commented on the federation's shared approach to phonics")
add(s, 3, "one GB that actually understands all 3 schools")
add(s, 3, "Staff shared across sites – our music teacher now works in all 3")
add(s, 4, "Infant children joining us in Y3 – to look at how they move across into the all-through, nothing formal yet")
add(s, 4, "Parents still see 3 schools not one – joint newsletter & parents' evening to plan")
add(s, 5, "The federation has been a big change for staff; it will take time")

s = "medway-vale-secondary-collaborative"
add(s, 1, "HoDs network (all subjects) – 3 meetings; Eng & maths did joint Y11 mock marking")
add(s, 1, "Learning walks on the T&L focus (questioning) at each school – 2 per term, heads + AHTs")
add(s, 2, "Questioning visibly better – seen on the walks, and students say lessons are more challenging")
add(s, 2, "GCSE English CA marking now consistent between schools – agreed standards before submission")
add(s, 2, "High prior attainers in maths – 3 schools now entering for L2 Further Maths")
add(s, 2, "Nothing to report on P3 (governance) – see below")
add(s, 2, "SEN: SENCos have met twice & swapped provision maps; joint training for TAs on dyslexia postponed to Sept")
add(s, 3, "Heads meeting is a genuinely safe place")
add(s, 3, "Middle leaders connected to counterparts – a HoD new to post has 4 others to ring")
add(s, 4, "Gov – joint governor briefing on the new Ofsted framework to be arranged; chairs' meeting Jun")
add(s, 4, "To extend learning walks to include middle leaders")

s = "len-valley-all-through-partnership"
add(s, 1, "Joint PP conference (Oct) for staff from all 7 schools with the LA closing the gap team")
add(s, 1, "shared nursery provision on the Lenham site with 3 feeder primaries; HLTA runs stay-and-play for parents twice a wk")
add(s, 1, "ELC Sustaining Good – 2 middle leaders from each primary on the spring cohort")
add(s, 2, "PP pupils Y6 L4+ RWM 58% → 71%; sec PP Y11 5A*-C incl E&M flat at 38%; FSM boys still the group furthest behind; attendance of PP pupils up 2.1%; EAL pupils making expected progress in all 7 schools; LAC – 3 pupils, PEPs reviewed jointly by the virtual school and our designated teachers")
add(s, 2, "Y6-7 – every PP Y6 pupil had a mentor visit from the secondary before transfer")
add(s, 3, "Shared vision 3-16 and genuine goodwill between primary & secondary staff")
add(s, 3, "Closing the gap is the thing everyone signed up to")
add(s, 3, "sharing good practice across phases")
add(s, 3, "Meetings are well run, short agendas, clear actions")
add(s, 4, "Data transfer Y6–7 – still paper; to move to a common electronic format by July")
add(s, 4, "Governors – PP link governor training planned for Term 6")
add(s, 4, "Teaching quality in KS3 to be the focus next year")
add(s, 5, "Good year overall")

s = "darent-special-schools-network"
add(s, 1, "Shared OT & physio; joint minibus + driver for 2 schools; PMLD training x4 for teachers & support staff")
add(s, 1, "Cross school moderation of P scales in English & maths (Feb) – 3 schools, and 2 mainstream SENCos joined us")
add(s, 2, "moderated P scale judgements now feed a shared progress spreadsheet – first time we can compare like with like")
add(s, 2, "HLTAs now cover PPA across 2 schools, saving on supply")
add(s, 3, "Nobody else understands what running a special school is like - we get each other")
add(s, 3, "The minibus – sounds small but huge saving")
add(s, 4, "Ofsted – 2 of us due; to do paired mock inspections in Term 5")
add(s, 4, "Post-16 transfer to FE – scoping a joint link tutor")
add(s, 5, "A modest grant but well used")

s = "eden-and-westerham-cluster"
add(s, 1, "Cluster INSET day 14 Feb at Eden Vale – 9 strands incl. EAL, G&T, phonics, KS3 maths, behaviour for learning, the new curriculum, outdoor learning in EYFS; 310 staff incl. TAs & lunchtime staff; all sessions led by cluster staff apart from 2 keynotes. Evaluations 92% good/very good.")
add(s, 1, "Y6 into Y7 – moving up day, plus a Y6 'passport' each child fills in and brings in Sept")
add(s, 1, "SENCos meet termly")
add(s, 2, "Y6 passports – Y7 tutors say they knew the children before they walked in")
add(s, 2, "G&T – cluster masterclasses in maths & writing for Y5/6, 45 pupils")
add(s, 2, "We now buy EP, counselling & the music service as one cluster – approx £11k saved")
add(s, 3, "secondary head gives her time genorously – very supportive of the small schools")
add(s, 3, "INSET day – economies of scale, we could afford speakers none of us could alone")
add(s, 4, "Middle leadership – to set up a cluster middle leaders' programme, possibly w/ Eden Vale SLEs as coaches")
add(s, 4, "Moderation of KS2 writing – didn't happen this yr, staff changes")
add(s, 4, "EYFS – reception teachers want their own cluster network; to set up next yr")
add(s, 5, "Could the LA circulate dates of other clusters' INSET days?")

s = "channel-coast-federation"
add(s, 1, "Peer review: all 3 schools reviewed by each other Nov–Mar (Challenge Partners style); each review incl. joint lesson obs with host SLT to check their grading")
add(s, 1, "NQT programme run jointly – 19 NQTs, fortnightly twilights, mentors trained together")
add(s, 2, "Lesson grading much more consistent – host and visiting SLT agreed on 90% of obs in round 2")
add(s, 2, "NQT retention – all 19 staying")
add(s, 2, "Staff say they feel less alone – 'there's someone else teaching A level Latin in the fed!'")
add(s, 2, "Round 1 of peer review complete at all 3; round 2 dates agreed. Parents' survey across the fed – to go out in June")
add(s, 3, "SLT across the fed know each other by name now and use each other")
add(s, 3, "Challenge is real – we don't let each other off the hook")
add(s, 4, "ELC Sustaining Good – 4 places booked for Sept")
add(s, 4, "Literacy across curriculum – whole fed reading programme for Y7/8 to launch Sept 14")
add(s, 5, "Fed board met 3x this yr, minutes available on request")

s = "marsh-and-downs-secondary-group"
add(s, 1, "audit of Y7 catch-up provision across the 3 schools; shared Accelerated Reader licence")
add(s, 1, "Heads' residential (2 nights, Oct) – vision & priorities")
add(s, 2, "Catch-up pupils' reading ages up avg 14 months in 6 months")
add(s, 2, "rural isolation of the Marsh is a real factor for recruitment")
add(s, 3, "three heads who used to see each other only at LA briefings now talk weekly")
add(s, 3, "AR licence much cheaper bought together")
add(s, 4, "recruitment – consider joint advertising & a shared post for hard to fill subjects")
add(s, 5, "Each school now has a partnership board in reception showing joint events")
add(s, 5, "Academy trust – two of us converting; what happens to the group is unclear")

s = "sheppey-cross-phase-collaborative"
add(s, 1, "transition: Y6 'Sheppey Start' summer school (60 pupils, 2 wks); Y6 teachers and Y7 tutors swap info at a handover day in June")
add(s, 1, "Parent workshops on reading at 4 primaries, the secondarys librarian helped run them")
add(s, 2, "Y7 attendance in first half term best in 5 yrs – summer school pupils 97%")
add(s, 2, "reading: KS2 L4+ up at 3 of 4 primaries; Y7 reading age screening results now go back to the primaries")
add(s, 2, "Priority 1 (T&L): fewer lessons RI at 4 of 5 schools; Priority 2 (transition): summer school + Y6 info handover both done; Priority 3 (maths): joint numeracy strategy not started; Priority 4 (parents): reading workshops well attended, 140 parents")
add(s, 3, "island mentality works for us here – we're all in it together")
add(s, 3, "attendance officer – one person who knows every family on the island")
add(s, 3, "working together for the island's children")
add(s, 4, "Maths – transition unit & joint numeracy strategy still to do")
add(s, 4, "G&T – no joint provision yet")

s = "milton-creek-special-partnership"
add(s, 1, "joint CPD programme for all 3 schools (autism, MAPA, Makaton, Intensive Interaction, sensory diets, moving & handling), costs split between the 3 schools by pupil numbers; sessions run on a rota so each school hosts; teachers, TAs and midday staff all included; a shared CPD log so we can see who has done what; OT from Milton Creek ran the sensory sessions and now does a termly surgery for staff across the group")
add(s, 1, "shadowing: deputies spent 2 days in each other's schools")
add(s, 2, "CPD priority met – 94% of staff attended at least 2 joint sessions")
add(s, 2, "Leadership priority partly met; both deputies now acting up when heads away, growing in confidence")
add(s, 2, "transition to adult services: 4 Y14 students had supported visits to their next placement")
add(s, 3, "we pick the phone up to each other on the bad days")
add(s, 3, "joint CPD at a fraction of the cost")
add(s, 4, "Data – no common system (B Squared v. own systems); to be discussed with LA")
add(s, 4, "To develop a shared offer for parents of children with autism – workshops / coffee mornings")
add(s, 5, "Very positive year")

s = "isle-of-thanet-secondary-heads"
add(s, 1, "Saturday school at Northdown for C/D borderline Y11 in Eng & maths (students from all 4 schools), Feb–May")
add(s, 1, "cross-school work scrutiny in science & humanities; two SIP-style reviews")
add(s, 1, "Classroom support staff from all 4 trained in precision teaching (2 sessions)")
add(s, 2, "5A*-C inc E&M: 2 schools up, 1 flat, 1 down; the school that dipped is being supported by the other 3")
add(s, 2, "Work scrutiny found marking inconsistent; common marking policy drafted")
add(s, 3, "the group has stuck together through 2 Ofsteds and a change of head")
add(s, 3, "outstanding school's SLT willing to open their doors to the rest of us")
add(s, 3, "rigour of the reviews – no soft soap")
add(s, 3, "Shared ambition. Nobody wants Thanet to be the county's problem.")
add(s, 4, "More able – 'A*/A' project across the 4 to plan for Y10 from Sept")
add(s, 4, "Govenors not involved at all. Needs adressing")
add(s, 5, "Thanet context (deprivation, mobility) makes comparison with other areas unfair")

s = "margate-and-birchington-learning-trio"
add(s, 1, "Reception, Y1 & nursery leads from the 3 schools visited each other's settings to look at outdoor provision")
add(s, 1, "Whole trio data meeting each half term – tracking of PP & SEN across schools")
add(s, 2, "EYFS GLD up 12 pts at the primary; the special school's nursery now uses the same profile approach")
add(s, 2, "PP – gap closed in Y2 reading, not yet in maths")
add(s, 3, "the special school's SEND expertise on tap for the other two")
add(s, 3, "honest conversations about data")
add(s, 4, "TAs – ELC for TAs, 6 places, to start Jan 15")
add(s, 4, "parents – parent council across the trio? to discuss")
add(s, 5, "trio lost a head at Easter (retirement, long planned), held together well – the other two heads covered meetings and kept things moving. New head starts Sept and has already been over to both partner schools.")

s = "medway-gap-federation"
add(s, 1, "Joint appointment of a Y6/7 transition leader (0.4) shared between sec and 2 primaries")
add(s, 1, "Maths – calculation policy agreed 5–14 after 3 twilights with Y2, Y6 & Y7 teachers; Y6/Y7 teachers observed each other teaching fractions; primary & sec maths leads planning a shared problem-solving week for Term 6")
add(s, 2, "Transition leader has seen every Y6 child at home or school before Sept – Y7s settled faster")
add(s, 2, "governors' joint committee met 2x, approved the shared post")
add(s, 3, "cross-phase respect – primary staff no longer feel 'done to' by the secondary")
add(s, 3, "One calculation policy from Reception to Y9")
add(s, 3, "kids know the building and half the staff before they arrive in Y7")
add(s, 4, "To develop moderation of KS3 maths levels with the primaries")
add(s, 4, "Exec-level gov structure to be reviewed when Snodland Reach becomes an academy")

s = "kings-hill-and-west-malling-cluster"
add(s, 1, "Aspiring leaders programme: 16 staff from 6 schools (mostly 2nd–5th yr teachers & new TLR holders), 5 twilight sessions led by heads and deputies on a rota, plus a small improvement project in a partner school, presented to heads in June. Two of the group also started NPQML through the teaching school.")
add(s, 1, "TA network set up; 2 sessions on questioning & feedback, Leybourne HLTA leads")
add(s, 2, "Aspiring leaders: 3 already promoted (2 internal, 1 in a partner school)")
add(s, 2, "SEND – SENCo supervision group running; EHCP readiness audit done")
add(s, 2, "SLT walk-throughs in partner schools each half term, focus on behaviour for learning")
add(s, 3, "heads support each other with HR and difficult cases – that alone justifies it")
add(s, 3, "growing our own leaders")
add(s, 3, "Quality of CPD on offer locally – no need to trek up to London")
add(s, 4, "Peer review – heads keen but not started; framework to agree Term 5")
add(s, 4, "Data sharing – some heads reluctant, trust still building")
add(s, 5, "Lead school's business manager admin'd the grant – thank you Sue")

s = "high-weald-secondary-collaborative"
add(s, 1, "joint lesson obs in Eng/maths/sci – pairs of HoDs grading together, then compared with the SLT grade; 36 obs in total. Biggest gaps were in judging progress over time so we've started looking at books alongside the lesson. Feedback to teachers given by their own school.")
add(s, 1, "Joint G&T Y8 enrichment day at Bedgebury")
add(s, 2, "Teaching: 82% good+ (Spring), target 85%")
add(s, 2, "Collaborative has been slower than hoped – heads' diaries")
add(s, 2, "Eng HoDs have met 3x; joint moderation of Y9 assessed pieces booked for 4 June")
add(s, 3, "Despite 2 being in a trust and 2 not, relationships are good")
add(s, 3, "Departments have a bigger pool of colleagues to bounce ideas off")
add(s, 3, "dept heads are the engine – leading the work themselves, not waiting for SLT")
add(s, 4, "Leadership – joint middle leader training once the trust's own offer is clear")
add(s, 5, "The moderate sum involved means we can't do everything")

s = "pantiles-special-and-ap-network"
add(s, 1, "Outreach to mainstream secondaries – behaviour & ASD; 23 pupils supported, 6 staff trained in each mainstream")
add(s, 1, "Joint transition protocol for pupils moving from the PRU back to mainstream or on to college")
add(s, 2, "Reintegration: 7 of 11 KS3 pupils now back in mainstream full time")
add(s, 2, "Parents of PRU pupils report much better communication")
add(s, 3, "A network where special and PRU heads aren't the odd ones out")
add(s, 3, "Specialist staff (SALT, EP) bought jointly, one shared diary")
add(s, 4, "Governance – MoU to be signed by chairs by July")
add(s, 4, "Data – to develop a common way of measuring progress for pupils working below NC levels")
add(s, 5, "Please note change of lead contact from April (deputy head at Rusthall Common). Two invoices still outstanding, will be paid by end of term; some spending slipped into the summer term because of staff sickness.")

COMMENTS = C
