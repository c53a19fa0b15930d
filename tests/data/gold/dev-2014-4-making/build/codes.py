# Hand codes for round 2014-4: id -> (themes, pending). Written after comments-2014-4.uncoded.jsonl was saved.
# Short aliases for theme ids to keep lines readable.
MOD, LW, ELC, GOV, PR, LEAD, TQ = "moderation", "learning_walks", "elc", "governance", "peer_review", "leadership", "teaching_quality"
LIT, MATH, PD, OFS, VUL, TRAN, EY = "literacy", "mathematics", "professional_development", "ofsted", "vulnerable_groups", "transition", "early_years"
TA, PAR, DATA, SR, REL, MA = "teaching_assistants", "parents", "data_assessment", "shared_resources", "relationships", "more_able"

S = {  # collab slug prefixes
 "US": "upper-stour-church-schools-cluster", "OR": "orchard-rise-infant-and-junior-partnership",
 "ST": "stodmarsh-levels-partnership", "CG": "cathedral-gate-teaching-school-alliance",
 "DM": "darent-meadows-infant-and-junior-partnership", "ER": "ebbsfleet-reach-schools-group",
 "WC": "white-cliffs-rural-church-schools", "CO": "coldred-and-eythorne-villages-cluster",
 "CD": "cobham-downs-partnership", "MM": "milton-mount-infant-and-junior-alliance",
 "GR": "greensand-ridge-church-schools", "AP": "allington-park-teaching-school-alliance",
 "BV": "beult-villages-partnership", "UE": "upper-eden-schools-group",
 "CH": "crockham-hill-infant-and-junior-partnership", "PD": "postling-downs-church-schools",
 "ME": "marsh-edge-small-schools", "IC": "isle-church-schools-partnership",
 "BL": "borden-lane-infant-and-junior-pair", "MK": "thanet-villages-learning-partnership",
 "CB": "cliftonville-bay-schools-alliance", "HW": "hadlow-and-east-peckham-cluster",
 "OG": "offham-green-church-schools-trio", "BR": "high-weald-small-schools-network",
 "CP": "culverden-park-teaching-school-alliance",
}

RAW = [
# key, q#k, themes, pending
("US","q1#1",[PD,REL],[]),            # heads meeting in rotation; twilight training on new curriculum
("US","q1#2",[],[]),                  # residential booked: no theme (nothing to be pending)
("US","q2#1",[DATA,LIT,MOD],[]),      # writing moderation; "levels disappearing" = assessment system
("US","q2#2",[VUL],[]),               # PP spending shared (sharing = collaboration itself)
("US","q3#1",[DATA,REL],[]),          # openness about RAISEonline -> relationships + data
("US","q3#2",[REL],[]),               # not on their own; "complaint" is not parental engagement
("US","q4#1",[GOV],[GOV]),
("US","q5#1",[],[]),
("US","q5#2",[REL],[]),
("OR","q1#1",[TRAN],[]),
("OR","q1#2",[DATA,PD],[]),           # INSET 'Assessment after levels'
("OR","q2#1",[DATA,LIT,MOD,REL,TRAN],[]),  # agreed 2b; juniors accept KS1 levels at transfer; infants "no longer feel accused"
("OR","q2#2",[DATA,EY,MOD],[]),       # agreeing EYFS profile judgements; GLD figures more reliable
("OR","q3#1",[REL],[]),               # "not a federation" is contrast, not governance
("OR","q3#2",[SR],[]),                # joint order, saving; items in a purchase list bring no subject theme
("OR","q3#3",[TRAN],[]),
("OR","q4#1",[DATA],[DATA]),
("OR","q4#2",[PAR],[PAR]),            # pencilled in
("ST","q1#1",[MATH,PR,REL,VUL],[]),   # heads' meetings; maths book scrutiny; SENCo meeting (a meeting, not PD)
("ST","q1#2",[GOV,SR],[]),            # shared business manager; governors decided employment
("ST","q2#1",[MATH,PR,TRAN],[]),      # scrutiny; children moving between the schools
("ST","q2#2",[],[]),                  # change of head: not leadership development
("ST","q2#3",[TRAN],[TRAN]),
("ST","q3#1",[SR],[]),
("ST","q3#2",[],[]),
("ST","q4#1",[SR,VUL],[SR,VUL]),      # SENCos stretched (present state) + explore shared SENCo
("ST","q5#1",[],[]),                  # falling rolls
("ST","q5#2",[ELC,PD],[]),
("CG","q1#1",[PD,TQ],[]),             # ITP/OTP
("CG","q1#2",[EY,LEAD,MATH,VUL],[]),  # SLEs deployed across schools in maths, EYFS, SEN
("CG","q1#3",[],[]),                  # School Direct (ITT) is not CPD
("CG","q2#1",[OFS,TQ],[]),
("CG","q2#2",[LEAD,PD],[]),
("CG","q3#1",[REL],[]),               # "say, KS1 phonics" is a hypothetical example
("CG","q3#2",[],[]),                  # recruitment via School Direct
("CG","q3#3",[ELC,PD,REL,TA],[]),     # TAs from small schools valued meeting peers (reduced isolation)
("CG","q4#1",[],[]),                  # NSS designation: no theme
("CG","q4#2",[PD,PR],[PD]),           # review exists (needs tightening); reviewer training planned
("CG","q5#1",[REL],[]),               # how other heads perceive the teaching school
("DM","q1#1",[PD,TA],[]),             # TAs visiting Y3 = staff cross-phase, not transition
("DM","q1#2",[DATA,TRAN],[]),         # pupil progress meetings for the Y2/Y3 cohort
("DM","q2#1",[DATA,LIT,TRAN],[]),
("DM","q2#2",[TA],[]),
("DM","q2#3",[DATA,TRAN,VUL],[]),     # tracking PP pupils across the infant/junior gate
("DM","q3#1",[PR,REL],[]),            # "that isn't good enough" = challenge between heads
("DM","q4#1",[MATH],[MATH]),          # progression across Y2/3 is not transition
("DM","q4#2",[MA],[MA]),
("ER","q1#1",[SR,VUL],[]),
("ER","q1#2",[TRAN],[]),              # mid-year movers between schools
("ER","q2#1",[VUL],[]),               # EAL; "reading aloud" after arriving with no English -> not literacy
("ER","q2#2",[],[]),
("ER","q3#1",[LEAD,PD,REL],[]),       # deputies' group: team, "best professional development"
("ER","q3#2",[SR],[]),
("ER","q4#1",[SR],[SR]),
("ER","q4#2",[LIT,MATH,PAR,VUL],[LIT,MATH,PAR,VUL]),
("ER","q5#1",[OFS],[]),
("WC","q1#1",[GOV],[]),
("WC","q2#1",[],[]),                  # SIAMS church inspection: not Ofsted; sharing preparation = collaboration
("WC","q2#2",[LEAD,LIT],[]),          # English leader working across schools; spring test = bare result
("WC","q3#1",[REL],[]),               # tiny schools: staff now have someone to plan with (reduced isolation)
("WC","q3#2",[REL],[]),
("WC","q4#1",[LEAD,SR],[LEAD,SR]),
("WC","q4#2",[],[]),                  # English/maths named only as the cause of science being squeezed
("WC","q5#1",[GOV],[]),               # academy trust; governing body keen
("CO","q1#1",[DATA,LIT,MATH,MOD,PR],[]),
("CO","q2#1",[PR],[]),                # "not inspections"
("CO","q2#2",[MATH,MA],[MATH,MA]),
("CO","q3#1",[REL],[]),
("CO","q3#2",[],[]),                  # moderate = medium
("CO","q4#1",[DATA],[DATA]),
("CO","q4#2",[REL],[]),               # heads' support network exists -> relationships not pending
("CO","q5#1",[],[]),
("CO","q5#2",[],[]),                  # "profile of science"
("CD","q1#1",[MATH,PR],[]),
("CD","q1#2",[PD],[]),                # subject leader networks
("CD","q2#1",[TQ],[]),                # teachers who 'require improvement' = teacher grades
("CD","q2#2",[PD],[]),
("CD","q2#3",[DATA,PD],[DATA,PD]),
("CD","q3#1",[REL],[]),
("CD","q4#1",[GOV],[GOV]),
("CD","q4#2",[LIT,MA],[LIT,MA]),
("CD","q5#1",[],[]),
("MM","q1#1",[EY,MOD,PD],[]),
("MM","q1#2",[LIT,PD,TA,TRAN],[]),    # children continue the programme in the juniors
("MM","q2#1",[LIT],[]),
("MM","q2#2",[LIT],[]),
("MM","q3#1",[REL],[]),
("MM","q3#2",[PD,SR,TA],[]),
("MM","q4#1",[GOV],[GOV]),
("MM","q5#1",[REL],[]),
("GR","q1#1",[SR],[]),                # negotiated as a group at a reduced price
("GR","q1#2",[REL],[]),
("GR","q2#1",[DATA],[]),              # what 'secure'/'mastery' mean in a new system
("GR","q2#2",[GOV,OFS],[]),           # partially met
("GR","q2#3",[MATH,MA],[]),
("GR","q3#1",[REL],[]),
("GR","q3#2",[MATH,SR,VUL],[]),       # shared specialist posts (maths specialist, SENCo)
("GR","q3#3",[MATH],[]),              # "more able to explain"
("GR","q4#1",[OFS,PR],[OFS,PR]),      # mock inspections planned
("GR","q4#2",[DATA],[DATA]),          # RE assessment approach
("GR","q5#1",[PAR],[]),               # parents' views
("AP","q1#1",[LEAD,PD],[]),
("AP","q1#2",[MATH,PD],[]),           # maths hub working group
("AP","q1#3",[PD],[]),
("AP","q2#1",[LEAD,SR],[]),           # middle leaders covering posts in other schools
("AP","q2#2",[GOV,PR],[]),            # reports shared with governors
("AP","q2#3",[PD],[]),
("AP","q2#4",[DATA],[]),              # "pool their outcomes" = data, not shared resources
("AP","q3#1",[PD,REL],[]),
("AP","q3#2",[PR,REL],[]),
("AP","q4#1",[EY,LEAD],[EY,LEAD]),
("AP","q4#2",[],[]),
("BV","q1#1",[REL],[]),
("BV","q1#2",[SR],[]),
("BV","q2#1",[SR],[]),                # teaching heads cover each other's classes
("BV","q2#2",[],[]),
("BV","q2#3",[LW],[]),
("BV","q3#1",[SR],[]),
("BV","q3#2",[REL],[]),
("BV","q4#1",[DATA],[DATA]),
("BV","q4#2",[LEAD,PD],[LEAD,PD]),
("BV","q5#1",[],[]),
("UE","q1#1",[GOV,PR,VUL],[]),
("UE","q1#2",[LIT],[]),
("UE","q2#1",[LIT,VUL],[]),
("UE","q2#2",[PD,VUL],[]),            # network met once -> not pending
("UE","q3#1",[REL],[]),
("UE","q3#2",[REL],[]),               # lead school generous with time (support); not leadership development
("UE","q4#1",[TRAN,VUL],[TRAN,VUL]),
("UE","q4#2",[PAR],[PAR]),
("UE","q5#1",[MA],[]),                # G&T day at secondary is not transition
("CH","q1#1",[LIT,MATH,PR,REL],[]),   # book looks; joint SLT meetings
("CH","q1#2",[LIT],[]),               # corridor board = display
("CH","q2#1",[DATA,TRAN],[]),         # juniors trust infant data ("trust" in data is not relationships)
("CH","q2#2",[DATA,LIT,MATH],[]),
("CH","q3#1",[REL],[]),
("CH","q3#2",[SR],[]),
("CH","q4#1",[GOV],[GOV]),            # ToR drafted, to be agreed
("CH","q5#1",[],[]),
("PD","q1#1",[PR,REL],[]),            # heads' away day; mutual observation
("PD","q2#1",[MOD,PR,TQ],[]),
("PD","q2#2",[OFS,REL],[]),
("PD","q3#1",[OFS,REL],[]),           # others sent cover: lending staff = relationships
("PD","q3#2",[],[]),
("PD","q4#1",[LEAD],[LEAD]),
("PD","q5#1",[REL],[]),
("ME","q1#1",[PD,SR,TA,VUL],[]),      # Speech Link -> vulnerable_groups
("ME","q1#2",[TRAN],[]),
("ME","q2#1",[EY,TA,VUL],[]),
("ME","q2#2",[PAR,TRAN],[]),
("ME","q3#1",[REL],[]),
("ME","q3#2",[PD,TA],[]),
("ME","q4#1",[],[]),                  # academy "trust"; links = collaboration itself
("ME","q4#2",[MATH],[MATH]),
("IC","q1#1",[LIT,LW],[]),
("IC","q1#2",[VUL],[]),               # PP champions' meeting (a meeting, not PD)
("IC","q2#1",[LIT,LW],[]),            # "after the walks"
("IC","q2#2",[DATA,VUL],[]),
("IC","q3#1",[REL],[]),
("IC","q3#2",[REL],[]),
("IC","q3#3",[LEAD,REL],[]),          # support for a new head; "transition into the role" is not transition
("IC","q4#1",[GOV],[GOV]),
("IC","q4#2",[PR,VUL],[PR,VUL]),
("IC","q5#1",[],[]),                  # staff turnover
("BL","q1#1",[PAR,PD,REL,VUL],[]),    # heads/deputies/SENCos meet; SEN reform briefing for staff and parents
("BL","q2#1",[VUL],[]),
("BL","q2#2",[LIT,TRAN],[]),          # children joining the juniors below 2c
("BL","q2#3",[TQ],[]),
("BL","q3#1",[SR,TRAN,VUL],[]),
("BL","q3#2",[REL],[]),
("BL","q4#1",[],[]),                  # curriculum progression, not transition
("BL","q4#2",[PR],[PR]),
("MK","q1#1",[MATH,MOD,PD],[]),
("MK","q2#1",[DATA,MATH],[]),         # baseline and spring assessments
("MK","q2#2",[DATA,LIT],[DATA,LIT]),  # target only; data not yet available
("MK","q2#3",[MATH,MOD,PR],[PR]),
("MK","q3#1",[REL],[]),
("MK","q3#2",[SR],[]),
("MK","q4#1",[LEAD,PD],[LEAD,PD]),
("MK","q5#1",[MATH],[]),
("CB","q1#1",[PD,TA,VUL],[]),
("CB","q1#2",[PD,SR,VUL],[]),
("CB","q2#1",[VUL],[]),
("CB","q2#2",[OFS],[]),
("CB","q2#3",[LIT],[]),
("CB","q3#1",[REL],[]),
("CB","q3#2",[],[]),                  # heads' length of service
("CB","q4#1",[LIT],[LIT]),
("CB","q4#2",[SR],[SR]),              # joint recruitment fair planned
("CB","q4#3",[LW,VUL],[LW,VUL]),
("CB","q5#1",[TRAN],[]),              # mobile pupils moving between the schools
("HW","q1#1",[REL],[]),
("HW","q1#2",[LIT,PR],[]),
("HW","q2#1",[PR],[]),
("HW","q2#2",[],[]),                  # moderate progress
("HW","q3#1",[REL],[]),
("HW","q3#2",[LEAD,PR],[]),
("HW","q4#1",[GOV],[GOV]),
("HW","q4#2",[TRAN],[TRAN]),
("HW","q4#3",[TQ],[TQ]),
("HW","q5#1",[SR],[]),
("OG","q1#1",[LEAD,SR],[]),
("OG","q1#2",[],[]),                  # joint curriculum planning days are not training
("OG","q2#1",[LEAD,SR],[]),
("OG","q2#2",[],[]),
("OG","q3#1",[DATA,LEAD,PD,SR],[]),
("OG","q3#2",[REL],[]),               # staff in mixed-age classes no longer plan alone
("OG","q4#1",[GOV],[GOV]),
("OG","q5#1",[LEAD,SR],[]),
("BR","q1#1",[LW,PR],[]),             # review includes "a walk round"
("BR","q1#2",[],[]),
("BR","q2#1",[PR,REL],[]),
("BR","q2#2",[LEAD],[]),
("BR","q3#1",[REL],[]),
("BR","q3#2",[SR],[]),
("BR","q4#1",[PR],[]),                # "extend" -> not pending
("BR","q4#2",[EY,MOD,PD],[EY,MOD,PD]),
("BR","q5#1",[LEAD],[]),              # recruiting heads = succession
("CP","q1#1",[PD,TA],[]),
("CP","q1#2",[LEAD,PD],[]),
("CP","q1#3",[SR],[]),
("CP","q2#1",[TA],[]),
("CP","q2#2",[SR],[]),
("CP","q2#3",[DATA,MATH],[]),
("CP","q3#1",[LEAD],[]),
("CP","q3#2",[REL],[]),
("CP","q3#3",[DATA],[]),
("CP","q4#1",[TRAN],[TRAN]),
("CP","q4#2",[GOV],[]),               # board exists; widening it is more of the same
("CP","q5#1",[],[]),
# ---- second batch (coded after it was saved uncoded)
("CG","q2#3",[LIT,MATH,MOD],[MATH]),  # writing moderated (done); maths moderation planned -> only maths pending
("DM","q4#3",[PD,TA],[PD,TA]),
("WC","q2#3",[EY,PAR],[]),            # EYFS "observations" of children are not peer review
("CD","q2#4",[PD,TQ],[]),             # 'RI' teachers = teacher grades (teaching_quality, not ofsted); coaching
("UE","q4#3",[ELC,PD,TA],[ELC,PD,TA]),
("CH","q4#2",[OFS,PR],[OFS,PR]),
("IC","q2#3",[PD,TQ],[PD]),           # more good teaching (done); OTP booked (PD pending)
("BL","q2#4",[REL],[REL]),            # staffroom relationships not yet right; social planned
("HW","q5#2",[REL],[REL]),            # weak relationship with the secondary, described as present state
]

CODES = {f"2014-4/{S[k]}/{qk}": (sorted(t), sorted(p)) for (k, qk, t, p) in RAW}
assert len(CODES) == len(RAW), "duplicate key in RAW"
