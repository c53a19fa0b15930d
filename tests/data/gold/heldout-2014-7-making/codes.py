# Hand codes for round 2014-7: id -> (themes, pending). Coded one comment at a time, then a second pass.
# Abbreviations used below are expanded by EXPAND.
EXPAND = {
 "mod": "moderation", "lw": "learning_walks", "elc": "elc", "gov": "governance", "pr": "peer_review",
 "lead": "leadership", "tq": "teaching_quality", "lit": "literacy", "maths": "mathematics",
 "pd": "professional_development", "ofsted": "ofsted", "vg": "vulnerable_groups", "tr": "transition",
 "ey": "early_years", "ta": "teaching_assistants", "par": "parents", "data": "data_assessment",
 "sr": "shared_resources", "rel": "relationships", "ma": "more_able",
}
R = "2014-7/"
C = {
 # high-weald
 "high-weald-village-schools-cluster/q1#1": ("pd rel sr", ""),
 "high-weald-village-schools-cluster/q1#2": ("gov pr", "gov"),        # findings only *to be* reported to steering group
 "high-weald-village-schools-cluster/q2#1": ("lit", ""),              # "against a baseline of 72%" = a bare comparison figure, not data talk
 "high-weald-village-schools-cluster/q2#2": ("rel", ""),
 "high-weald-village-schools-cluster/q2#3": ("pd", ""),               # subject-knowledge workshops; not teaching_quality
 "high-weald-village-schools-cluster/q3#1": ("rel", ""),              # candour / confidentiality paraphrase
 "high-weald-village-schools-cluster/q3#2": ("sr", ""),
 "high-weald-village-schools-cluster/q3#3": ("rel", ""),
 "high-weald-village-schools-cluster/q4#1": ("gov", "gov"),
 "high-weald-village-schools-cluster/q4#2": ("lead lit maths", "lead lit maths"),  # subject named as field of the leads
 "high-weald-village-schools-cluster/q5#1": ("", ""),                 # SIP thanks, bid
 # walland
 "walland-marsh-schools-cluster/q1#1": ("sr vg", ""),
 "walland-marsh-schools-cluster/q2#1": ("sr vg", ""),
 "walland-marsh-schools-cluster/q2#2": ("maths", ""),
 "walland-marsh-schools-cluster/q2#3": ("", ""),                      # TRAP "Moderate progress"
 "walland-marsh-schools-cluster/q2#4": ("sr", ""),
 "walland-marsh-schools-cluster/q3#1": ("rel", ""),                   # lone teachers' isolation reduced
 "walland-marsh-schools-cluster/q3#2": ("pr", ""),
 "walland-marsh-schools-cluster/q4#1": ("maths par", "maths par"),
 "walland-marsh-schools-cluster/q4#2": ("lead", "lead"),
 # north downs
 "north-downs-rural-partnership/q1#1": ("mod pr tq", ""),
 "north-downs-rural-partnership/q1#2": ("lit pd ta", ""),
 "north-downs-rural-partnership/q1#3": ("rel", ""),
 "north-downs-rural-partnership/q2#1": ("mod pr tq", ""),
 "north-downs-rural-partnership/q2#2": ("lit ta", ""),                 # "projected pass rate" = bare result
 "north-downs-rural-partnership/q3#1": ("rel", ""),
 "north-downs-rural-partnership/q3#2": ("rel", ""),                   # "Good will."
 "north-downs-rural-partnership/q4#1": ("data", "data"),
 "north-downs-rural-partnership/q5#1": ("", ""),                      # TRAP multi-academy trust
 "north-downs-rural-partnership/q5#2": ("lead", ""),                  # support for a new head
 # dour valley
 "dour-valley-learning-partnership/q1#1": ("tr", ""),
 "dour-valley-learning-partnership/q1#2": ("lead lit maths pd", ""),  # HoDs lead networks across schools
 "dour-valley-learning-partnership/q1#3": ("lit ma maths", ""),
 "dour-valley-learning-partnership/q2#1": ("data lit tr", ""),
 "dour-valley-learning-partnership/q2#2": ("ma maths", ""),
 "dour-valley-learning-partnership/q3#1": ("", ""),                   # TRAP cross-phase understanding, no pupils moving
 "dour-valley-learning-partnership/q3#2": ("sr", ""),
 "dour-valley-learning-partnership/q3#3": ("pr", ""),                 # cross-phase observation, not transition
 "dour-valley-learning-partnership/q4#1": ("", ""),
 "dour-valley-learning-partnership/q4#2": ("tr vg", "tr vg"),
 "dour-valley-learning-partnership/q5#1": ("pd", "pd"),               # network meetings for next year
 # kingsferry
 "kingsferry-special-schools-network/q1#1": ("pd vg", ""),
 "kingsferry-special-schools-network/q1#2": ("mod", ""),
 "kingsferry-special-schools-network/q2#1": ("mod", ""),
 "kingsferry-special-schools-network/q2#2": ("data vg", "data vg"),
 "kingsferry-special-schools-network/q3#1": ("rel", ""),
 "kingsferry-special-schools-network/q3#2": ("sr vg", ""),            # therapists for pupils' needs (cf. SALT)
 "kingsferry-special-schools-network/q4#1": ("pd ta vg", "pd ta vg"),
 "kingsferry-special-schools-network/q4#2": ("data", "data"),
 "kingsferry-special-schools-network/q5#1": ("", ""),                 # TRAP "welcomes"
 # northdown PRU
 "northdown-alternative-provision-partnership/q1#1": ("tr vg", ""),   # reintegration PRU -> mainstream
 "northdown-alternative-provision-partnership/q1#2": ("par sr", ""),
 "northdown-alternative-provision-partnership/q2#1": ("tr vg", ""),
 "northdown-alternative-provision-partnership/q2#2": ("par", ""),
 "northdown-alternative-provision-partnership/q3#1": ("rel", ""),
 "northdown-alternative-provision-partnership/q3#2": ("lit maths tq", ""),
 "northdown-alternative-provision-partnership/q4#1": ("pd", "pd"),
 # st augustine
 "st-augustines-diocesan-primaries/q1#1": ("", ""),
 "st-augustines-diocesan-primaries/q1#2": ("pr", ""),                 # SIAMS mock visit: peer review, not ofsted
 "st-augustines-diocesan-primaries/q2#1": ("pr", ""),                 # SIAMS grade is not an Ofsted grade
 "st-augustines-diocesan-primaries/q2#2": ("lit mod", ""),
 "st-augustines-diocesan-primaries/q2#3": ("", ""),
 "st-augustines-diocesan-primaries/q3#1": ("rel", ""),
 "st-augustines-diocesan-primaries/q3#2": ("lead", ""),
 "st-augustines-diocesan-primaries/q4#1": ("gov", "gov"),
 "st-augustines-diocesan-primaries/q5#1": ("", ""),
 # st columba
 "st-columbas-catholic-schools-partnership/q1#1": ("sr vg", ""),
 "st-columbas-catholic-schools-partnership/q1#2": ("pd", ""),
 "st-columbas-catholic-schools-partnership/q2#1": ("par vg", ""),
 "st-columbas-catholic-schools-partnership/q2#2": ("tq", ""),
 "st-columbas-catholic-schools-partnership/q2#3": ("", ""),           # TRAP "outstanding items"
 "st-columbas-catholic-schools-partnership/q3#1": ("rel", ""),
 "st-columbas-catholic-schools-partnership/q3#2": ("par", ""),
 "st-columbas-catholic-schools-partnership/q4#1": ("data", "data"),
 "st-columbas-catholic-schools-partnership/q4#2": ("vg", "vg"),
 "st-columbas-catholic-schools-partnership/q5#1": ("", ""),
 # darent valley
 "darent-valley-through-school-partnership/q1#1": ("lead pd sr vg", ""),
 "darent-valley-through-school-partnership/q1#2": ("tr", ""),
 "darent-valley-through-school-partnership/q2#1": ("lead", ""),
 "darent-valley-through-school-partnership/q2#2": ("lit maths", ""),
 "darent-valley-through-school-partnership/q2#3": ("par tr", ""),
 "darent-valley-through-school-partnership/q3#1": ("", ""),           # 4-16 vision: progression, not transition
 "darent-valley-through-school-partnership/q3#2": ("sr vg", ""),
 "darent-valley-through-school-partnership/q4#1": ("gov", "gov"),
 "darent-valley-through-school-partnership/q4#2": ("ey mod", "ey mod"),
 # otford
 "otford-downs-village-schools/q1#1": ("lw", ""),
 "otford-downs-village-schools/q1#2": ("ey mod pd", ""),
 "otford-downs-village-schools/q2#1": ("data ey", ""),                # "GLD forecasts" (noun) = predictions
 "otford-downs-village-schools/q2#2": ("lit", ""),                    # partially achieved -> not pending
 "otford-downs-village-schools/q2#3": ("data rel", ""),
 "otford-downs-village-schools/q3#1": ("rel", ""),
 "otford-downs-village-schools/q3#2": ("maths sr", ""),
 "otford-downs-village-schools/q4#1": ("pd", "pd"),
 "otford-downs-village-schools/q4#2": ("sr", "sr"),
 "otford-downs-village-schools/q5#1": ("rel", ""),                    # meetings held at other schools: not peer review
 "otford-downs-village-schools/q5#2": ("", ""),
 # stour vale
 "stour-vale-collaborative/q1#1": ("ey lit maths pd", ""),
 "stour-vale-collaborative/q1#2": ("data pd rel", ""),                # discussed "in confidence"
 "stour-vale-collaborative/q2#1": ("data", ""),
 "stour-vale-collaborative/q2#2": ("lead", ""),
 "stour-vale-collaborative/q3#1": ("data rel", ""),
 "stour-vale-collaborative/q3#2": ("lead", ""),
 "stour-vale-collaborative/q3#3": ("data pr rel", ""),
 "stour-vale-collaborative/q4#1": ("pr", "pr"),
 "stour-vale-collaborative/q5#1": ("", ""),
 # goat lees
 "goat-lees-inclusion-partnership/q1#1": ("pd vg", ""),
 "goat-lees-inclusion-partnership/q2#1": ("vg", ""),
 "goat-lees-inclusion-partnership/q2#2": ("vg", ""),                  # TRAP staff questionnaire "data"
 "goat-lees-inclusion-partnership/q3#1": ("vg", ""),
 "goat-lees-inclusion-partnership/q3#2": ("pr ta", ""),
 "goat-lees-inclusion-partnership/q4#1": ("par vg", "par vg"),
 "goat-lees-inclusion-partnership/q4#2": ("vg", "vg"),                # TRAP "transfer of statements"
 # seasalter
 "seasalter-whitstable-learning-partnership/q1#1": ("maths pr", ""),  # cross-phase teaching: not transition
 "seasalter-whitstable-learning-partnership/q1#2": ("pd rel", ""),
 "seasalter-whitstable-learning-partnership/q2#1": ("sr", ""),
 "seasalter-whitstable-learning-partnership/q2#2": ("", ""),
 "seasalter-whitstable-learning-partnership/q3#1": ("rel", ""),
 "seasalter-whitstable-learning-partnership/q3#2": ("rel", ""),
 "seasalter-whitstable-learning-partnership/q4#1": ("data tr", "data tr"),
 "seasalter-whitstable-learning-partnership/q4#2": ("ma", "ma"),
 "seasalter-whitstable-learning-partnership/q5#1": ("", ""),
 # eythorne
 "eythorne-ridge-church-schools/q1#1": ("lit maths pr", ""),         # subjects named as the scope of the book look
 "eythorne-ridge-church-schools/q1#2": ("rel", ""),
 "eythorne-ridge-church-schools/q2#1": ("pr", ""),
 "eythorne-ridge-church-schools/q2#2": ("ofsted rel", ""),
 "eythorne-ridge-church-schools/q3#1": ("ofsted rel", ""),
 "eythorne-ridge-church-schools/q3#2": ("sr", ""),
 "eythorne-ridge-church-schools/q4#1": ("gov", ""),                   # governors have met once -> not pending
 "eythorne-ridge-church-schools/q5#1": ("", ""),
 "eythorne-ridge-church-schools/q5#2": ("", ""),                      # TRAP transfer of balance
 # len valley
 "len-valley-schools-group/q1#1": ("data", ""),
 "len-valley-schools-group/q1#2": ("gov ofsted", ""),
 "len-valley-schools-group/q2#1": ("data", ""),
 "len-valley-schools-group/q2#2": ("gov", ""),
 "len-valley-schools-group/q3#1": ("rel", ""),
 "len-valley-schools-group/q3#2": ("gov", ""),
 "len-valley-schools-group/q4#1": ("maths mod", "maths mod"),
 # bower mount
 "bower-mount-special-schools-partnership/q1#1": ("pd ta", ""),
 "bower-mount-special-schools-partnership/q1#2": ("pr", ""),
 "bower-mount-special-schools-partnership/q2#1": ("pr", ""),
 "bower-mount-special-schools-partnership/q2#2": ("sr ta", ""),       # reduced supply costs = a cost saving
 "bower-mount-special-schools-partnership/q2#3": ("lead", ""),
 "bower-mount-special-schools-partnership/q3#1": ("vg", ""),
 "bower-mount-special-schools-partnership/q3#2": ("pd sr", ""),
 "bower-mount-special-schools-partnership/q3#3": ("lead", ""),
 "bower-mount-special-schools-partnership/q4#1": ("lead pd", "lead pd"),
 "bower-mount-special-schools-partnership/q5#1": ("pd", "pd"),
 # minster cliffs
 "minster-cliffs-cross-phase-partnership/q1#1": ("tr", ""),
 "minster-cliffs-cross-phase-partnership/q2#1": ("tr", ""),
 "minster-cliffs-cross-phase-partnership/q2#2": ("lit", ""),
 "minster-cliffs-cross-phase-partnership/q3#1": ("", ""),
 "minster-cliffs-cross-phase-partnership/q3#2": ("rel", ""),          # TRAP academy trust; lending staff = rel
 "minster-cliffs-cross-phase-partnership/q4#1": ("", ""),
 "minster-cliffs-cross-phase-partnership/q4#2": ("vg", "vg"),
 "minster-cliffs-cross-phase-partnership/q5#1": ("", ""),
 # painters forstal
 "painters-forstal-villages-cluster/q1#1": ("data lit mod", ""),
 "painters-forstal-villages-cluster/q1#2": ("sr", ""),
 "painters-forstal-villages-cluster/q2#1": ("data lit mod", ""),
 "painters-forstal-villages-cluster/q2#2": ("tq", "tq"),
 "painters-forstal-villages-cluster/q3#1": ("rel", ""),
 "painters-forstal-villages-cluster/q3#2": ("sr", ""),
 "painters-forstal-villages-cluster/q4#1": ("par", "par"),
 "painters-forstal-villages-cluster/q5#1": ("", ""),
 "painters-forstal-villages-cluster/q5#2": ("", ""),
 # foreland
 "foreland-grammar-primary-partnership/q1#1": ("ma maths", ""),
 "foreland-grammar-primary-partnership/q1#2": ("pr", ""),
 "foreland-grammar-primary-partnership/q2#1": ("ma maths", ""),
 "foreland-grammar-primary-partnership/q2#2": ("pr tq", ""),
 "foreland-grammar-primary-partnership/q3#1": ("rel", ""),
 "foreland-grammar-primary-partnership/q3#2": ("ma", ""),             # TRAP deprivation as context
 "foreland-grammar-primary-partnership/q4#1": ("ma vg", "vg"),        # extending: more_able exists, PP part not yet
 "foreland-grammar-primary-partnership/q4#2": ("pd", "pd"),
 "foreland-grammar-primary-partnership/q5#1": ("", ""),
 # elham
 "elham-valley-downs-cluster/q1#1": ("lead lit pr", ""),
 "elham-valley-downs-cluster/q2#1": ("lit", ""),
 "elham-valley-downs-cluster/q2#2": ("gov", ""),
 "elham-valley-downs-cluster/q2#3": ("pr", ""),                       # TRAP "any course attended"
 "elham-valley-downs-cluster/q3#1": ("rel", ""),
 "elham-valley-downs-cluster/q3#2": ("lead lit sr", ""),
 "elham-valley-downs-cluster/q4#1": ("lit", "lit"),                   # TRAP "profile of reading"
 "elham-valley-downs-cluster/q4#2": ("maths", "maths"),
 "elham-valley-downs-cluster/q5#1": ("", ""),
 # aylesford
 "aylesford-bridge-short-stay-network/q1#1": ("sr vg", ""),
 "aylesford-bridge-short-stay-network/q2#1": ("tr vg", ""),           # managed moves
 "aylesford-bridge-short-stay-network/q2#2": ("vg", ""),
 "aylesford-bridge-short-stay-network/q3#1": ("rel vg", ""),
 "aylesford-bridge-short-stay-network/q3#2": ("sr", ""),
 "aylesford-bridge-short-stay-network/q4#1": ("pd ta", "pd ta"),
 # holy cross
 "holy-cross-faith-schools-partnership/q1#1": ("maths mod", ""),
 "holy-cross-faith-schools-partnership/q2#1": ("maths mod", ""),
 "holy-cross-faith-schools-partnership/q2#2": ("", ""),               # "problem solving" alone, no subject stated
 "holy-cross-faith-schools-partnership/q3#1": ("rel", ""),
 "holy-cross-faith-schools-partnership/q3#2": ("ey lit vg", ""),
 "holy-cross-faith-schools-partnership/q4#1": ("lit", "lit"),
 "holy-cross-faith-schools-partnership/q4#2": ("tq", "tq"),
 "holy-cross-faith-schools-partnership/q5#1": ("gov", ""),
 # joyce green
 "joyce-green-primary-cluster/q1#1": ("lead pd sr", ""),
 "joyce-green-primary-cluster/q1#2": ("pd tq", ""),
 "joyce-green-primary-cluster/q2#1": ("pd tq", ""),
 "joyce-green-primary-cluster/q2#2": ("lead", ""),
 "joyce-green-primary-cluster/q3#1": ("lead", ""),
 "joyce-green-primary-cluster/q3#2": ("rel", ""),                     # leadership teams merely working together
 "joyce-green-primary-cluster/q3#3": ("pd sr", ""),
 "joyce-green-primary-cluster/q4#1": ("mod tr", "mod tr"),            # KS1 levels "not trusted" = moderation
 "joyce-green-primary-cluster/q4#2": ("data", "data"),
 "joyce-green-primary-cluster/q5#1": ("", ""),
 # higham
 "higham-ridge-grammar-partnership/q1#1": ("sr", ""),
 "higham-ridge-grammar-partnership/q1#2": ("", ""),                   # SIP (external) review visits
 "higham-ridge-grammar-partnership/q2#1": ("", ""),
 "higham-ridge-grammar-partnership/q2#2": ("lit vg", ""),
 "higham-ridge-grammar-partnership/q3#1": ("rel", ""),
 "higham-ridge-grammar-partnership/q3#2": ("gov", ""),
 "higham-ridge-grammar-partnership/q4#1": ("", ""),                   # TRAP notice board
 "higham-ridge-grammar-partnership/q4#2": ("sr", "sr"),
 "higham-ridge-grammar-partnership/q5#1": ("ofsted", ""),
 # saxon shore
 "saxon-shore-primaries-collaborative/q1#1": ("pr", ""),              # "Teaching and Learning Days" = open classrooms
 "saxon-shore-primaries-collaborative/q1#2": ("lit maths mod", ""),
 "saxon-shore-primaries-collaborative/q2#1": ("mod", ""),
 "saxon-shore-primaries-collaborative/q2#2": ("ofsted", ""),
 "saxon-shore-primaries-collaborative/q3#1": ("ofsted rel", ""),
 "saxon-shore-primaries-collaborative/q3#2": ("pr", ""),
 "saxon-shore-primaries-collaborative/q4#1": ("lit par", "lit par"),
 "saxon-shore-primaries-collaborative/q4#2": ("ofsted", ""),          # continued support -> not pending
 "saxon-shore-primaries-collaborative/q5#1": ("", ""),
 # westerham
 "westerham-and-brasted-schools-group/q1#1": ("", ""),
 "westerham-and-brasted-schools-group/q1#2": ("sr", ""),
 "westerham-and-brasted-schools-group/q2#1": ("ma maths", ""),
 "westerham-and-brasted-schools-group/q2#2": ("lit pd tq", ""),
 "westerham-and-brasted-schools-group/q2#3": ("tr vg", ""),           # "profiles" of pupils: not EY
 "westerham-and-brasted-schools-group/q3#1": ("rel", ""),
 "westerham-and-brasted-schools-group/q4#1": ("gov", "gov"),
 "westerham-and-brasted-schools-group/q4#2": ("lead", "lead"),
 # --- added after first coding pass (written and saved uncoded before being coded) ---
 "high-weald-village-schools-cluster/q1#3": ("ey elc lw mod pd rel ta", "mod"),  # EYFS leads met (done); moderation moved to Term 6
 "high-weald-village-schools-cluster/q3#4": ("ey rel", ""),
 "high-weald-village-schools-cluster/q5#2": ("rel", ""),
 "otford-downs-village-schools/q1#3": ("elc pd", ""),
 "otford-downs-village-schools/q4#3": ("gov lw", "gov"),             # extend walks (done) to governors (not yet)
 "goat-lees-inclusion-partnership/q1#2": ("lw vg", ""),
 "aylesford-bridge-short-stay-network/q1#2": ("pr", ""),
 "len-valley-schools-group/q2#3": ("data maths mod", "maths mod"),
 "len-valley-schools-group/q3#3": ("lw rel", ""),
 "walland-marsh-schools-cluster/q2#5": ("elc", ""),                   # some schools done -> not pending
 "dour-valley-learning-partnership/q2#3": ("data pd tr", "pd"),
 "saxon-shore-primaries-collaborative/q2#3": ("ofsted pr", ""),
 "eythorne-ridge-church-schools/q2#3": ("lw ofsted pr", "lw"),
 "north-downs-rural-partnership/q2#3": ("ofsted ta", "ofsted"),
 "kingsferry-special-schools-network/q2#3": ("rel", "rel"),
 "foreland-grammar-primary-partnership/q2#3": ("data pr", "data"),
 "foreland-grammar-primary-partnership/q4#3": ("ofsted pr", "ofsted pr"),
 "bower-mount-special-schools-partnership/q3#4": ("sr vg", ""),      # help with a named activity: not rel
 "joyce-green-primary-cluster/q3#4": ("pd ta", ""),
 "stour-vale-collaborative/q4#2": ("elc pd", "elc pd"),
 "minster-cliffs-cross-phase-partnership/q4#3": ("tr vg", "tr vg"),
 "westerham-and-brasted-schools-group/q5#1": ("ey", "ey"),
}

def codes():
    out = {}
    for k, (t, p) in C.items():
        themes = sorted(EXPAND[x] for x in t.split())
        pending = sorted(EXPAND[x] for x in p.split())
        out[R + k] = (themes, pending)
    return out
