# Hand codes for round 2014-3: id -> (themes, pending). Coded one comment at a time against
# /work/shared/THEMES.md and the decisions in dev-2014-2.md; second pass notes marked "2nd:".
AB = {"mod": "moderation", "lw": "learning_walks", "elc": "elc", "gov": "governance",
      "pr": "peer_review", "lead": "leadership", "tq": "teaching_quality", "lit": "literacy",
      "math": "mathematics", "pd": "professional_development", "ofs": "ofsted",
      "vg": "vulnerable_groups", "tr": "transition", "ey": "early_years",
      "ta": "teaching_assistants", "par": "parents", "data": "data_assessment",
      "sr": "shared_resources", "rel": "relationships", "ma": "more_able"}

RAW = """
stour-valley-secondary-federation/q1#1 | data pd lit math |       # subject hubs = networks; SLEs running workshops not leadership; data managers meet; 2nd INSET pencilled but PD done -> not pending
stour-valley-secondary-federation/q2#1 | tq lit math |             # bare results, no data
stour-valley-secondary-federation/q2#2 | vg |
stour-valley-secondary-federation/q2#3 | rel |
stour-valley-secondary-federation/q3#1 | rel |
stour-valley-secondary-federation/q3#2 | sr data |
stour-valley-secondary-federation/q3#3 | rel |                     # balance between schools = quality of working relationships
stour-valley-secondary-federation/q3#4 | rel |
stour-valley-secondary-federation/q4#1 | gov | gov
stour-valley-secondary-federation/q4#2 | tr | tr
stour-valley-secondary-federation/q4#3 | lead rel | lead rel     # buddying a new head = support for new leaders, planned; relationships not yet built
stour-valley-secondary-federation/q5#1 | |
bybrook-all-through-cluster/q1#1 | ma math rel tr |             # heads + SLT meeting = relationships, not leadership
bybrook-all-through-cluster/q1#2 | ey mod |
bybrook-all-through-cluster/q2#1 | tr data lit |               # baseline + reading ages sent across
bybrook-all-through-cluster/q2#2 | lit |                       # "moderate" = medium
bybrook-all-through-cluster/q2#3 | |                           # cross-phase staff teaching, not transition
bybrook-all-through-cluster/q3#1 | par |                       # families' view counts
bybrook-all-through-cluster/q3#2 | rel |
bybrook-all-through-cluster/q4#1 | |                           # aim, but no theme
bybrook-all-through-cluster/q4#2 | vg | vg
bybrook-all-through-cluster/q4#3 | sr math | sr math
bybrook-all-through-cluster/q5#1 | data |                      # a request, not pending
sturry-downs-learning-federation/q1#1 | lead sr vg |          # exec head/heads of school; shared SENCo
sturry-downs-learning-federation/q1#2 | pr lit math ofs |      # Ofsted criteria = the framework
sturry-downs-learning-federation/q2#1 | lead pd math |
sturry-downs-learning-federation/q2#2 | |
sturry-downs-learning-federation/q3#1 | lead |
sturry-downs-learning-federation/q3#2 | sr vg |
sturry-downs-learning-federation/q3#3 | lw |
sturry-downs-learning-federation/q4#1 | gov | gov
sturry-downs-learning-federation/q4#2 | data | data
sturry-downs-learning-federation/q5#1 | |
seasalter-bay-secondary-partnership/q1#1 | pr |
seasalter-bay-secondary-partnership/q1#2 | ma |
seasalter-bay-secondary-partnership/q2#1 | pr |                  # "SEF writing" not literacy
seasalter-bay-secondary-partnership/q2#2 | math |                # sharing teaching resources, student revision day: not sr/pd
seasalter-bay-secondary-partnership/q2#3 | tq |                  # RI of teaching, not a school grade
seasalter-bay-secondary-partnership/q3#1 | rel |
seasalter-bay-secondary-partnership/q3#2 | rel |                 # rotating chair is not governance
seasalter-bay-secondary-partnership/q3#3 | |                     # sharing schemes of work = collaboration itself
seasalter-bay-secondary-partnership/q4#1 | pr | pr               # "consider"
seasalter-bay-secondary-partnership/q4#2 | ma | ma
seasalter-bay-secondary-partnership/q5#1 | |
darenth-valley-special-schools-collaborative/q1#1 | mod data pd elc ta sr vg |
darenth-valley-special-schools-collaborative/q2#1 | data |
darenth-valley-special-schools-collaborative/q2#2 | ta pd |
darenth-valley-special-schools-collaborative/q2#3 | |
darenth-valley-special-schools-collaborative/q3#1 | rel |     # exclusion/restraint figures are not attainment data
darenth-valley-special-schools-collaborative/q3#2 | vg |
darenth-valley-special-schools-collaborative/q4#1 | par | par
darenth-valley-special-schools-collaborative/q4#2 | tr | tr
darenth-valley-special-schools-collaborative/q5#1 | |
heathside-cross-phase-trio/q1#1 | sr tr |
heathside-cross-phase-trio/q1#2 | lit tr |                      # bridging unit taught to the same pupils across transfer
heathside-cross-phase-trio/q2#1 | lit tr |
heathside-cross-phase-trio/q2#2 | math | math
heathside-cross-phase-trio/q3#1 | rel |
heathside-cross-phase-trio/q3#2 | sr |
heathside-cross-phase-trio/q4#1 | math tr | math tr
heathside-cross-phase-trio/q5#1 | sr |                           # reception = front office
white-cliffs-secondary-alliance/q1#1 | lead lit math pd tq |     # SLEs working across schools = leadership; OTP/ITP
white-cliffs-secondary-alliance/q1#2 | pr ofs |                 # mock inspection
white-cliffs-secondary-alliance/q2#1 | ofs rel |                # general support from the alliance
white-cliffs-secondary-alliance/q2#2 | tq pd |
white-cliffs-secondary-alliance/q2#3 | lead |
white-cliffs-secondary-alliance/q3#1 | rel |
white-cliffs-secondary-alliance/q3#2 | lead |
white-cliffs-secondary-alliance/q3#3 | |
white-cliffs-secondary-alliance/q4#1 | tr | tr                   # managed moves = pupils moving between schools
white-cliffs-secondary-alliance/q5#1 | |
deal-and-walmer-inclusion-federation/q1#1 | vg par sr |
deal-and-walmer-inclusion-federation/q1#2 | vg pd |
deal-and-walmer-inclusion-federation/q2#1 | |
deal-and-walmer-inclusion-federation/q2#2 | par vg |
deal-and-walmer-inclusion-federation/q3#1 | rel |
deal-and-walmer-inclusion-federation/q3#2 | sr |
deal-and-walmer-inclusion-federation/q4#1 | ta pd vg | ta pd vg
deal-and-walmer-inclusion-federation/q4#2 | gov vg | gov vg
deal-and-walmer-inclusion-federation/q5#1 | sr |               # "welcome" not ELC; post exists
thameside-secondary-heads-group/q1#1 | sr |
thameside-secondary-heads-group/q1#2 | pr data rel |
thameside-secondary-heads-group/q2#1 | data |
thameside-secondary-heads-group/q2#2 | vg sr tr |               # new arrivals' induction (decision 7)
thameside-secondary-heads-group/q2#3 | pd |                      # admin support staff: not TAs
thameside-secondary-heads-group/q2#4 | tq data pr rel sr gov | gov   # mixed: governance not started
thameside-secondary-heads-group/q3#1 | rel |
thameside-secondary-heads-group/q3#2 | sr |
thameside-secondary-heads-group/q3#3 | sr |
thameside-secondary-heads-group/q4#1 | gov | gov
thameside-secondary-heads-group/q4#2 | lw | lw
thameside-secondary-heads-group/q5#1 | |
shorne-ridgeway-federation/q1#1 | gov lead sr |
shorne-ridgeway-federation/q1#2 | ey lit pd |
shorne-ridgeway-federation/q2#1 | lit |
shorne-ridgeway-federation/q2#2 | lead |
shorne-ridgeway-federation/q2#3 | ofs ey lit |
shorne-ridgeway-federation/q3#1 | gov |
shorne-ridgeway-federation/q3#2 | sr |
shorne-ridgeway-federation/q4#1 | tr | tr
shorne-ridgeway-federation/q4#2 | par | par
shorne-ridgeway-federation/q5#1 | |
medway-vale-secondary-collaborative/q1#1 | pd lit math mod |
medway-vale-secondary-collaborative/q1#2 | lw tq |
medway-vale-secondary-collaborative/q2#1 | lw tq |
medway-vale-secondary-collaborative/q2#2 | lit mod |
medway-vale-secondary-collaborative/q2#3 | ma math |
medway-vale-secondary-collaborative/q2#4 | gov | gov
medway-vale-secondary-collaborative/q2#5 | vg ta pd | ta pd   # SEN work done; TA training postponed
medway-vale-secondary-collaborative/q3#1 | rel |
medway-vale-secondary-collaborative/q3#2 | lead rel |
medway-vale-secondary-collaborative/q4#1 | gov ofs | gov ofs      # governor briefing: governance, not pd
medway-vale-secondary-collaborative/q4#2 | lw |                    # "extend" = some done
len-valley-all-through-partnership/q1#1 | pd vg |
len-valley-all-through-partnership/q1#2 | ey sr ta par |
len-valley-all-through-partnership/q1#3 | elc pd lead |
len-valley-all-through-partnership/q2#1 | vg lit math |           # LAC/PEPs, EAL, FSM all vg; attendance no theme
len-valley-all-through-partnership/q2#2 | tr vg |
len-valley-all-through-partnership/q3#1 | rel |
len-valley-all-through-partnership/q3#2 | vg |
len-valley-all-through-partnership/q3#3 | |
len-valley-all-through-partnership/q3#4 | |
len-valley-all-through-partnership/q4#1 | data tr | data tr
len-valley-all-through-partnership/q4#2 | gov vg | gov vg
len-valley-all-through-partnership/q4#3 | tq | tq
len-valley-all-through-partnership/q5#1 | |
darent-special-schools-network/q1#1 | sr pd vg ta |              # support staff in a special school = classroom support
darent-special-schools-network/q1#2 | mod lit math vg |
darent-special-schools-network/q2#1 | mod data |
darent-special-schools-network/q2#2 | ta sr |
darent-special-schools-network/q3#1 | rel |
darent-special-schools-network/q3#2 | sr |
darent-special-schools-network/q4#1 | ofs pr | ofs pr
darent-special-schools-network/q4#2 | tr sr | tr sr
darent-special-schools-network/q5#1 | |
eden-and-westerham-cluster/q1#1 | pd vg ma lit math ey ta |     # TAs took part; 'evaluations 92% good' is not teaching quality
eden-and-westerham-cluster/q1#2 | tr |
eden-and-westerham-cluster/q1#3 | vg |                          # only a meeting: not pd
eden-and-westerham-cluster/q2#1 | tr |
eden-and-westerham-cluster/q2#2 | ma math lit |
eden-and-westerham-cluster/q2#3 | sr |
eden-and-westerham-cluster/q3#1 | rel |
eden-and-westerham-cluster/q3#2 | pd sr |
eden-and-westerham-cluster/q4#1 | lead pd | lead pd
eden-and-westerham-cluster/q4#2 | mod lit | mod lit
eden-and-westerham-cluster/q4#3 | ey pd | ey pd
eden-and-westerham-cluster/q5#1 | pd |                          # a request, not pending
channel-coast-federation/q1#1 | pr mod tq |
channel-coast-federation/q1#2 | pd |
channel-coast-federation/q2#1 | mod pr tq |
channel-coast-federation/q2#2 | |
channel-coast-federation/q2#3 | rel |                            # lone teachers less isolated
channel-coast-federation/q2#4 | pr par | par
channel-coast-federation/q3#1 | rel |                            # SLT knowing each other: not leadership
channel-coast-federation/q3#2 | pr rel |
channel-coast-federation/q4#1 | elc pd | elc pd
channel-coast-federation/q4#2 | lit | lit
channel-coast-federation/q5#1 | gov |
marsh-and-downs-secondary-group/q1#1 | lit sr |
marsh-and-downs-secondary-group/q1#2 | rel |
marsh-and-downs-secondary-group/q2#1 | lit |
marsh-and-downs-secondary-group/q2#2 | |                         # area isolation
marsh-and-downs-secondary-group/q3#1 | rel |
marsh-and-downs-secondary-group/q3#2 | sr |                       # about the licence cost, not reading
marsh-and-downs-secondary-group/q4#1 | sr | sr
marsh-and-downs-secondary-group/q5#1 | |                         # display board in the reception office
marsh-and-downs-secondary-group/q5#2 | |                         # academy trust
sheppey-cross-phase-collaborative/q1#1 | tr |
sheppey-cross-phase-collaborative/q1#2 | par lit |
sheppey-cross-phase-collaborative/q2#1 | tr |
sheppey-cross-phase-collaborative/q2#2 | lit data |
sheppey-cross-phase-collaborative/q2#3 | tq tr math par lit | math
sheppey-cross-phase-collaborative/q3#1 | rel |
sheppey-cross-phase-collaborative/q3#2 | sr |
sheppey-cross-phase-collaborative/q3#3 | |                # generic
sheppey-cross-phase-collaborative/q4#1 | math tr | math tr
sheppey-cross-phase-collaborative/q4#2 | ma | ma
milton-creek-special-partnership/q1#1 | pd sr vg ta |     # TAs included; OT surgery across group
milton-creek-special-partnership/q1#2 | lead pr |                 # shadowing of leaders
milton-creek-special-partnership/q2#1 | pd |
milton-creek-special-partnership/q2#2 | lead |
milton-creek-special-partnership/q2#3 | tr |
milton-creek-special-partnership/q3#1 | rel |
milton-creek-special-partnership/q3#2 | pd sr |
milton-creek-special-partnership/q4#1 | data | data
milton-creek-special-partnership/q4#2 | par vg | par vg
milton-creek-special-partnership/q5#1 | |
isle-of-thanet-secondary-heads/q1#1 | lit math |
isle-of-thanet-secondary-heads/q1#2 | pr |
isle-of-thanet-secondary-heads/q1#3 | ta pd |
isle-of-thanet-secondary-heads/q2#1 | lit math rel |
isle-of-thanet-secondary-heads/q2#2 | pr |
isle-of-thanet-secondary-heads/q3#1 | rel ofs |
isle-of-thanet-secondary-heads/q3#2 | ofs rel |
isle-of-thanet-secondary-heads/q3#3 | pr |
isle-of-thanet-secondary-heads/q3#4 | |
isle-of-thanet-secondary-heads/q4#1 | ma | ma
isle-of-thanet-secondary-heads/q4#2 | gov | gov
isle-of-thanet-secondary-heads/q5#1 | |                          # deprivation context
margate-and-birchington-learning-trio/q1#1 | ey pr |
margate-and-birchington-learning-trio/q1#2 | data vg |
margate-and-birchington-learning-trio/q2#1 | ey |
margate-and-birchington-learning-trio/q2#2 | vg lit math | math
margate-and-birchington-learning-trio/q3#1 | vg |
margate-and-birchington-learning-trio/q3#2 | rel data |
margate-and-birchington-learning-trio/q4#1 | elc ta pd | elc ta pd
margate-and-birchington-learning-trio/q4#2 | par | par
margate-and-birchington-learning-trio/q5#1 | rel |
medway-gap-federation/q1#1 | tr sr |
medway-gap-federation/q1#2 | math pr |
medway-gap-federation/q2#1 | tr |
medway-gap-federation/q2#2 | gov sr |
medway-gap-federation/q3#1 | rel |
medway-gap-federation/q3#2 | math |                                # Reception as start of a range, not early years
medway-gap-federation/q3#3 | tr |
medway-gap-federation/q4#1 | mod math | mod math
medway-gap-federation/q4#2 | gov | gov
kings-hill-and-west-malling-cluster/q1#1 | lead pd |
kings-hill-and-west-malling-cluster/q1#2 | ta pd |
kings-hill-and-west-malling-cluster/q2#1 | lead |
kings-hill-and-west-malling-cluster/q2#2 | vg pd |
kings-hill-and-west-malling-cluster/q2#3 | lw |
kings-hill-and-west-malling-cluster/q3#1 | rel |
kings-hill-and-west-malling-cluster/q3#2 | lead |
kings-hill-and-west-malling-cluster/q3#3 | pd |
kings-hill-and-west-malling-cluster/q4#1 | pr | pr
kings-hill-and-west-malling-cluster/q4#2 | data rel | data
kings-hill-and-west-malling-cluster/q5#1 | |
high-weald-secondary-collaborative/q1#1 | pr mod tq lit math |
high-weald-secondary-collaborative/q1#2 | ma |
high-weald-secondary-collaborative/q2#1 | tq |
high-weald-secondary-collaborative/q2#2 | |
high-weald-secondary-collaborative/q2#3 | lit mod | mod
high-weald-secondary-collaborative/q3#1 | rel |                     # academy trust beside real relationships
high-weald-secondary-collaborative/q3#2 | rel |
high-weald-secondary-collaborative/q3#3 | lead |
high-weald-secondary-collaborative/q4#1 | lead pd | lead pd
high-weald-secondary-collaborative/q5#1 | |                         # "moderate" = medium
pantiles-special-and-ap-network/q1#1 | vg pd |
pantiles-special-and-ap-network/q1#2 | tr |
pantiles-special-and-ap-network/q2#1 | tr |
pantiles-special-and-ap-network/q2#2 | par |
pantiles-special-and-ap-network/q3#1 | rel |
pantiles-special-and-ap-network/q3#2 | sr vg |
pantiles-special-and-ap-network/q4#1 | gov | gov
pantiles-special-and-ap-network/q4#2 | data | data
pantiles-special-and-ap-network/q5#1 | |                          # 'outstanding' invoices
"""

def load(round_id="2014-3"):
    codes = {}
    for line in RAW.strip().splitlines():
        line = line.split("#", 2)
        # id contains one '#'; rebuild id and the rest
        ident = line[0] + "#" + line[1].split("|", 1)[0].strip()
        rest = line[1].split("|", 1)[1]
        themes_s, pend_s = rest.split("|", 1)
        themes = sorted(AB[t] for t in themes_s.split())
        pending = sorted(AB[t] for t in pend_s.split())
        key = f"{round_id}/{ident.strip()}"
        assert key not in codes, key
        codes[key] = (themes, pending)
    return codes

CODES = load()
