# Hand codes for round 2014-5. key "<short-slug>/q<N>#<k>": (themes, pending, text-prefix check)
# abbreviations expanded in build.py
K = {
# ATLA
"atla/q1#1": ("lit", "", "Priority 1: Raise attainment in writing"),
"atla/q1#2": ("pd", "", "Twilight programme"),
"atla/q2#1": ("rel", "", "Good progress. The heads' group"),
"atla/q2#2": ("tq", "", "Priority 3 (Quality of T&L)"),
"atla/q3#1": ("rel", "", "Heads are no longer working in silos"),
"atla/q3#2": ("sr", "", "The secondary has been generous"),
"atla/q3#3": ("elc pd ta", "", "ELC for TAs"),
"atla/q4#1": ("gov", "", "Governance – terms of reference drafted"),   # ToR drafted = governance work done -> not pending
"atla/q4#2": ("lead pd", "lead pd", "Middle leadership: to establish"),
"atla/q5#1": ("", "", "The funding has been a catalyst"),
# SASIG
"sasig/q1#1": ("lit math tran vul", "lit math tran vul", "Development Plan extract"),  # bare list of priorities, no action reported
"sasig/q1#2": ("tran", "", "Infant and junior Y2/Y3 teachers"),
"sasig/q2#1": ("lit vul", "", "Priority 1 partially met"),
"sasig/q2#2": ("math", "", "Priority 3 – mental maths"),
"sasig/q2#3": ("data tran", "", "Priority 2 (Y2/3): the move to one tracking"),
"sasig/q3#1": ("rel", "", "Honest conversations"),
"sasig/q3#2": ("lit sr", "", "Jointly purchasing the same phonics"),  # "children move up" too vague for transition
"sasig/q3#3": ("pd ta", "", "Our TAs now have their own network"),
"sasig/q4#1": ("par", "par", "Parents – our original intention"),
# CCSN
"ccsn/q1#1": ("pd pr vul", "", "1. Peer review: triads"),
"ccsn/q2#1": ("pr", "", "The review days have been"),
"ccsn/q2#2": ("data vul", "", "Priority 2: Improve outcomes for SEN"),
"ccsn/q2#3": ("ey", "", "Not as much as hoped on Priority 4 (EYFS GLD)"),
"ccsn/q3#1": ("sr vul", "", "Commissioning an Educational Psychologist"),
"ccsn/q3#2": ("pr rel", "", "Willingness to open our doors"),
"ccsn/q3#3": ("pd rel vul", "", "The SENCo cluster – a lifeline"),
"ccsn/q4#1": ("ey mod", "ey mod", "EYFS – to establish a Reception"),
"ccsn/q4#2": ("", "", "Sustainability beyond"),
"ccsn/q5#1": ("", "", "Could the LA please"),
# WTLP
"wtlp/q1#1": ("math sr", "", "Maths: appointed a shared Maths Lead"),  # Reception-to-Y8 policy = progression, not transition
"wtlp/q2#1": ("math", "", "Calculation policy adopted"),
"wtlp/q2#2": ("", "", "We have made moderate progress"),  # moderate = medium
"wtlp/q3#1": ("rel", "", "Heads meet monthly and the DHTs"),
"wtlp/q3#2": ("rel", "", "Deputies now ring each other"),
"wtlp/q3#3": ("math sr", "", "The Lead Practitioner post"),
"wtlp/q4#1": ("lit", "lit", "Writing – a big gap"),
"wtlp/q4#2": ("gov", "gov", "To involve governors more"),
"wtlp/q5#1": ("", "", "Thank you"),
# DTCC
"dtcc/q1#1": ("pd tq", "", "Priority 1 – Outstanding teaching"),
"dtcc/q1#2": ("lit math tran", "", "Priority 2 – Transition"),
"dtcc/q2#1": ("sr", "", "Priority 5 (Value for money)"),
"dtcc/q2#2": ("pd tq", "", "OTP graduates"),
"dtcc/q2#3": ("data tran", "", "Transition – bridging unit"),
"dtcc/q2#4": ("lit pr", "", "Y6/Y7 teachers have observed"),  # staff cross-phase, not transition
"dtcc/q3#1": ("", "", "A shared sense of responsibility"),
"dtcc/q3#2": ("", "", "Secondary and primary colleagues"),
"dtcc/q4#1": ("", "", "The academy trust"),  # academy trust
"dtcc/q4#2": ("ma math", "ma math", "Priority 4 (More able)"),
# CRSA
"crsa/q1#1": ("lit pr", "", "Heads' termly visits"),
"crsa/q1#2": ("data", "", "Data: all schools now using"),
"crsa/q1#3": ("lw", "", "Learning walks: each head"),  # SLT only participants
"crsa/q2#1": ("pr", "", "The termly visits have sharpened"),
"crsa/q2#2": ("data math", "", "Common data drops"),
"crsa/q3#1": ("data rel", "", "Openness about data"),
"crsa/q3#2": ("rel", "", "Good humour and a lack of ego"),
"crsa/q4#1": ("lead", "lead", "Succession planning"),
"crsa/q4#2": ("ta", "ta", "TA deployment"),
"crsa/q5#1": ("", "", "One school left the alliance"),
# DTIP
"dtip/q1#1": ("ofs pr", "", "Priority 1: All schools to be judged"),
"dtip/q1#2": ("par pd sr vul", "", "SENCo network; joint appointment"),
"dtip/q2#1": ("ofs pr", "", "Castle Rise was inspected"),
"dtip/q2#2": ("par", "", "Attendance at the two secondaries"),
"dtip/q2#3": ("elc pd", "", "ELC Sustaining Good"),
"dtip/q3#1": ("par sr", "", "We have a shared Family Liaison"),  # trusted by parents: not relationships
"dtip/q3#2": ("rel", "", "The heads trust each other"),
"dtip/q4#1": ("tq", "tq", "Quality of teaching in the secondaries"),
"dtip/q5#1": ("", "", "Frankly the amount of paperwork"),
# WBLC
"wblc/q1#1": ("pd ta vul", "", "Outreach from Buckland Valley"),
"wblc/q1#2": ("sr vul", "", "Shared speech and language therapist"),
"wblc/q2#1": ("vul", "", "Staff in mainstream schools"),
"wblc/q2#2": ("ey vul", "", "Language Link screening"),
"wblc/q3#1": ("", "", "The special school is at the heart"),
"wblc/q3#2": ("rel", "", "We are a community of schools"),
"wblc/q4#1": ("data ma", "ma", "More able pupils – not a focus"),  # "our data shows" = data already used (done)
"wblc/q5#1": ("vul", "", "We would like to extend the SEN outreach"),  # extend -> some done
"wblc/q5#2": ("", "", "Our biggest frustration"),
# GTSP
"gtsp/q1#1": ("ey lit pd sr", "", "Priority 1: Improve phonics"),
"gtsp/q1#2": ("lead lit math pd", "", "Priority 2: Develop the role of subject leaders"),
"gtsp/q2#1": ("data lit", "", "Phonics: predicted pass rates"),
"gtsp/q2#2": ("lead", "", "Subject leaders are much more confident"),
"gtsp/q3#1": ("", "", "Good communication"),
"gtsp/q3#2": ("rel", "", "Having a secondary head"),
"gtsp/q4#1": ("lit mod", "lit mod", "Moderation – to hold"),
"gtsp/q4#2": ("par", "par", "Raise the profile of the partnership"),  # not EY profile
"gtsp/q4#3": ("lw", "lw", "Cross-school learning walks"),
"gtsp/q5#1": ("lit", "", "Frustratingly the LA phonics audit"),
# NRA
"nra/q1#1": ("sr ta tran vul", "", "EAL – Northfleet"),  # new to English = EAL not literacy; induction of new arrivals = transition
"nra/q1#2": ("lw vul", "", "Learning walks in each school"),
"nra/q2#1": ("lit pd tran vul", "", "New arrivals are settling"),
"nra/q2#2": ("math", "math", "Priority 3 (Raise attainment in maths"),
"nra/q3#1": ("sr ta vul", "", "Sharing the bilingual assistants"),
"nra/q3#2": ("rel", "", "Schools support each other"),
"nra/q4#1": ("gov sr", "gov sr", "Governance: a formal memorandum"),
"nra/q5#1": ("tran", "", "The collaborative is making a real difference"),
# MTCLP
"mtclp/q1#1": ("lit mod", "", "Joint Year 2 and Year 6 writing moderation"),
"mtclp/q1#2": ("data pr", "", "Priority 2: Develop a shared approach to assessment"),
"mtclp/q2#1": ("mod", "", "Moderation: judgements"),
"mtclp/q2#2": ("data", "", "Assessment working party"),
"mtclp/q3#1": ("", "", "Shared vision"),
"mtclp/q3#2": ("rel", "", "Professional dialogue"),
"mtclp/q4#1": ("gov", "gov", "Not all governors"),
"mtclp/q4#2": ("", "", "The 2014 National Curriculum"),
"mtclp/q4#3": ("elc pd", "elc pd", "ELC groups for our NQTs"),
"mtclp/q5#1": ("", "", "This is the most productive group"),
# PWSC
"pwsc/q1#1": ("pd sr vul", "", "Nurture: trained staff"),  # Boxall Profile is not the EY profile
"pwsc/q1#2": ("lit par", "", "Parent workshops on reading"),
"pwsc/q2#1": ("vul", "", "Nurture groups are having"),
"pwsc/q2#2": ("lit par", "", "Attendance at parent reading workshops"),
"pwsc/q2#3": ("lit lw", "", "Joint learning walks by the deputies"),
"pwsc/q3#1": ("rel", "", "Caring about each other's schools"),
"pwsc/q3#2": ("rel", "", "The senior leaders of all five schools"),  # leaders meeting = relationships
"pwsc/q4#1": ("lit vul", "lit vul", "Priority 4: To improve outcomes for FSM"),
"pwsc/q4#2": ("data vul", "data", "We need an agreed way of tracking"),
"pwsc/q5#1": ("", "", "We are a group of schools serving"),  # deprivation as context
# STRLA
"strla/q1#1": ("mod ofs pr tq", "", "Joint lesson observations by pairs of heads"),
"strla/q1#2": ("pd", "", "Two conferences"),
"strla/q2#1": ("mod tq", "", "Heads now agree on the grading"),
"strla/q2#2": ("pd", "", "Conferences were well evaluated"),
"strla/q3#1": ("mod tq", "", "The moderation of teaching judgements"),
"strla/q3#2": ("", "", "Staff from very different schools"),
"strla/q4#1": ("data", "data", "Data sharing – some reluctance"),
"strla/q4#2": ("pd ta", "pd ta", "TA training"),
# DVSG
"dvsg/q1#1": ("lead pd pr", "", "Aspiring leaders programme"),  # shadowing = leadership + peer review
"dvsg/q1#2": ("gov ofs vul", "", "Governors: joint training"),  # governor training: not PD
"dvsg/q2#1": ("lead pr", "", "Aspiring leaders have completed"),
"dvsg/q2#2": ("gov vul", "", "Governors feel much better equipped"),
"dvsg/q3#1": ("lead", "", "Growing our own leaders"),
"dvsg/q3#2": ("gov", "", "A strong partnership between the governing bodies"),
"dvsg/q4#1": ("tran", "tran", "Science – not yet addressed"),
"dvsg/q5#1": ("", "", "It has taken a term"),
# FHSA
"fhsa/q1#1": ("lit pd", "", "Priority 1: Improve KS2 writing"),
"fhsa/q2#1": ("lit", "", "Talk for Writing: teachers are enthusiastic"),
"fhsa/q2#2": ("", "", "Harbour Values launched"),  # display boards
"fhsa/q3#1": ("lead", "", "The lead teacher group"),
"fhsa/q3#2": ("pr rel", "", "Our willingness to challenge"),
"fhsa/q4#1": ("ey lit", "ey", "Extend Talk for Writing into Reception"),
"fhsa/q4#2": ("sr", "sr", "Joint purchasing – we have discussed"),
"fhsa/q5#1": ("", "", "We added an SMSC"),
"fhsa/q5#2": ("sr", "", "The secondary has been a tremendous partner"),
# CMP
"cmp/q1#1": ("pd", "", "Team Teach training"),
"cmp/q1#2": ("gov pr vul", "", "Pupil premium review"),
"cmp/q2#1": ("pr vul", "", "PP reviews have changed practice"),
"cmp/q2#2": ("pd", "", "Behaviour – fewer restraints"),
"cmp/q3#1": ("rel vul", "", "Heads sharing the load"),
"cmp/q3#2": ("vul", "", "Morehall's expertise"),
"cmp/q4#1": ("data ey", "data ey", "Early Years – the new Reception baseline"),
"cmp/q4#2": ("tran vul", "tran vul", "Transition from Y6 to Y7 for pupils with SEN"),
# STLP
"stlp/q1#1": ("data", "", "Data: we commissioned"),
"stlp/q1#2": ("sr", "", "Joint procurement of HR"),
"stlp/q1#3": ("pd", "", "Joint INSET on 3 January"),
"stlp/q2#1": ("data lit math vul", "lit math vul", "The data dashboard has shown"),
"stlp/q2#2": ("sr", "", "HR/payroll contract"),
"stlp/q3#1": ("sr", "", "Buying power"),
"stlp/q3#2": ("rel", "", "We can speak frankly"),
"stlp/q3#3": ("sr", "", "Support staff – the finance and office"),  # office staff, not TAs
"stlp/q4#1": ("math vul", "math vul", "Disadvantaged pupils' maths"),
"stlp/q5#1": ("", "", "A cautious note"),
"stlp/q5#2": ("", "", "Very positive year"),
# SMSC
"smsc/q1#1": ("lit sr", "", "Reading: shared Reading Recovery"),
"smsc/q1#2": ("tran vul", "", "Y6–Y7 transition: joint summer school"),
"smsc/q2#1": ("lit", "", "Reading Recovery – 14 of 18"),
"smsc/q2#2": ("tran", "", "Summer school pupils"),
"smsc/q2#3": ("math mod par", "par", "Priority 2 (Maths): cross-school moderation"),
"smsc/q3#1": ("", "", "Our shared determination"),
"smsc/q3#2": ("lit sr", "", "Splitting the cost"),
"smsc/q4#1": ("", "", "Priority 4 (Attendance)"),
"smsc/q4#2": ("pr", "pr", "To develop a programme of reciprocal reviews"),
# MSIP
"msip/q1#1": ("lead ofs pd", "", "Priority 1: All schools to be at least Good"),
"msip/q2#1": ("ofs pr", "", "Each RI school has had"),
"msip/q2#2": ("ofs", "", "Priority 1: One RI school"),
"msip/q2#3": ("lead pd", "", "NPQML/NPQSL candidates"),
"msip/q2#4": ("", "", "Attendance – slight improvement"),
"msip/q3#1": ("ofs rel", "", "The partnership between an outstanding school"),
"msip/q3#2": ("", "", "Strong moral purpose"),
"msip/q4#1": ("lead", "lead", "Leadership capacity at senior level"),
"msip/q5#1": ("sr", "sr", "Staff recruitment in Thanet"),
# BSPA
"bspa/q1#1": ("pr", "", "Peer observation: every teacher"),
"bspa/q1#2": ("pd vul", "", "Special school outreach"),
"bspa/q2#1": ("pr", "", "Peer observation has generated"),
"bspa/q2#2": ("vul", "", "Mainstream staff are more confident"),
"bspa/q2#3": ("lit vul", "", "Priority 2 (Disadvantaged pupils' writing)"),
"bspa/q3#1": ("rel", "", "A very open culture"),
"bspa/q3#2": ("rel", "", "Teachers in the smaller schools"),
"bspa/q4#1": ("gov", "gov", "Governance – we have no formal structure"),
"bspa/q5#1": ("", "", "Thank you to the LA"),
# TTSC
"ttsc/q1#1": ("math pd", "", "Maths: 'Maths Mastery' pilot"),
"ttsc/q1#2": ("data lit math mod", "", "Joint moderation of KS1 and KS2"),
"ttsc/q2#1": ("math", "", "Maths Mastery pilot – the Y1"),
"ttsc/q2#2": ("mod", "", "Moderation has improved confidence"),  # TA = teacher assessment
"ttsc/q2#3": ("data tran vul", "", "Priority 3 – Transition"),
"ttsc/q3#1": ("pr rel", "", "Heads' meetings are purposeful"),
"ttsc/q3#2": ("sr", "", "Shared resources – we share a minibus"),
"ttsc/q3#3": ("rel", "", "Heads have each other's numbers"),
"ttsc/q4#1": ("tran", "tran", "The infant–junior link"),
"ttsc/q4#2": ("par sr vul", "par sr vul", "Parental engagement, particularly"),
"ttsc/q5#1": ("", "", "Very grateful"),
# LLLP
"lllp/q1#1": ("lit pd sr", "", "Phonics and early reading"),
"lllp/q2#1": ("lit", "", "RWI is fully implemented"),
"lllp/q2#2": ("", "", "Curriculum 2014"),  # foundation subjects
"lllp/q2#3": ("lead", "", "Priority 3 – Leadership"),
"lllp/q3#1": ("rel", "", "We have grown to trust each other"),
"lllp/q3#2": ("lit pd sr", "", "Buying RWI as one customer"),
"lllp/q3#3": ("lead sr", "", "Capacity that the one-form-entry"),
"lllp/q4#1": ("data", "data", "Assessment without levels"),
"lllp/q4#2": ("ey", "ey", "EYFS: to develop outdoor"),
"lllp/q5#1": ("", "", "A positive first year"),
# RTWTA
"rtwta/q1#1": ("pr tq", "", "Priority 1: Improve the quality of teaching"),
"rtwta/q1#2": ("lit ma math sr", "", "More able: G&T"),
"rtwta/q2#1": ("pr tq", "", "Lesson Study – staff enthusiastic"),
"rtwta/q2#2": ("ma math", "", "More able: 46 pupils"),
"rtwta/q3#1": ("", "", "A shared commitment to excellence"),
"rtwta/q3#2": ("rel", "", "Pantiles and Calverley Park"),
"rtwta/q3#3": ("pr rel", "", "Teachers watching each other teach"),
"rtwta/q4#1": ("mod tq", "mod tq", "Moderation of outstanding judgements"),
"rtwta/q5#1": ("ma", "", "The special school in our alliance"),
# SHBP
"shbp/q1#1": ("tran", "", "Priority 1: Smooth the two 'moves'"),
"shbp/q2#1": ("tran", "", "Transition – the number of children"),
"shbp/q2#2": ("ey mod", "", "EYFS – Foundation Stage leads"),
"shbp/q3#1": ("rel", "", "The infant and junior heads"),
"shbp/q3#2": ("", "", "A willingness to try things"),
"shbp/q3#3": ("sr", "", "The SBM (school business manager)"),
"shbp/q4#1": ("lead pd", "lead pd", "Leadership – to build the capacity"),
"shbp/q4#2": ("data", "data", "Data – to set up a shared tracking"),
"shbp/q5#1": ("", "", "None at this stage"),
# second addition
"atla/q2#3": ("sr vul", "sr", "Priority 2 (Vulnerable learners)"),  # SEN audit begun (done); shared SALT intended (pending)
"ccsn/q2#4": ("gov par", "par", "Priority 3 (Governance and sustainability)"),
"wtlp/q4#3": ("rel", "rel", "Relationships with the secondary"),
"dtip/q2#4": ("ofs pd pr", "ofs pd pr", "Priority 1 cont."),
"nra/q2#3": ("pd tq", "pd tq", "Priority 2 (Teaching quality)"),
"pwsc/q2#4": ("pd pr ta", "pr", "Priority 3 – TA development"),
"strla/q2#3": ("tran", "tran", "Priority 3 – Y6 into Y7"),  # "Y6 profile sheet" is not the EY profile
"fhsa/q2#3": ("lit ma", "lit ma", "Priority 3 (More able writers)"),  # pupils selected = candidates identified
"msip/q5#2": ("lit mod", "lit mod", "Cross-school moderation of KS2 writing"),
"bspa/q2#4": ("data", "data", "Priority 3 (Data)"),
"lllp/q4#3": ("pr", "pr", "Peer review – dates agreed"),
"rtwta/q4#2": ("gov", "gov", "Governors – a joint governors' committee"),
}
