# Hand codes for round 2014-6: "slug/qN#k": (themes, pending). Coded one comment at a time against THEMES.md
# and the decisions in dev-2014-2.md; second-pass changes are noted inline.
MO, LW, ELC, GOV, PR, LEAD = "moderation", "learning_walks", "elc", "governance", "peer_review", "leadership"
TQ, LIT, MA, PD, OF, VG = "teaching_quality", "literacy", "mathematics", "professional_development", "ofsted", "vulnerable_groups"
TR, EY, TA, PAR, DA, SR, REL, MAB = "transition", "early_years", "teaching_assistants", "parents", "data_assessment", "shared_resources", "relationships", "more_able"

CODES = {
 # Cliftonville Schools Together
 "cliftonville-schools-together/q1#1": ([PD, REL], []),
 "cliftonville-schools-together/q1#2": ([LIT, MO], []),
 "cliftonville-schools-together/q2#1": ([DA, VG], []),            # tracking sheet agreed, 4/6 returned: done
 "cliftonville-schools-together/q2#2": ([REL], []),
 "cliftonville-schools-together/q3#1": ([REL], []),
 "cliftonville-schools-together/q3#2": ([REL], []),
 "cliftonville-schools-together/q4#1": ([DA, VG], [DA, VG]),      # read alone: aims only
 "cliftonville-schools-together/q4#2": ([VG], [VG]),
 "cliftonville-schools-together/q5#1": ([], []),
 # Margate Old Town Cluster
 "margate-old-town-cluster/q1#1": ([PAR, SR], []),                # family liaison officer = work with families
 "margate-old-town-cluster/q2#1": ([EY, PAR], []),
 "margate-old-town-cluster/q2#2": ([OF, PR], []),                 # mock visit = peer review
 "margate-old-town-cluster/q3#1": ([REL], []),
 "margate-old-town-cluster/q4#1": ([GOV, PAR, SR], [GOV]),        # post exists; governors' decision still to come
 "margate-old-town-cluster/q5#1": ([], []),
 # Sheppey Primary Alliance
 "sheppey-primary-alliance/q1#1": ([MA, PD, REL, SR], []),        # DHT group meeting -> relationships; maths leads network -> PD
 "sheppey-primary-alliance/q2#1": ([SR], []),                     # saving made; cleaning next is same theme, so not pending
 "sheppey-primary-alliance/q2#2": ([MA], []),                     # mobile pupils mentioned, but no transition arrangement
 "sheppey-primary-alliance/q2#3": ([LEAD, REL], []),
 "sheppey-primary-alliance/q3#1": ([REL], []),
 "sheppey-primary-alliance/q3#2": ([SR], []),
 "sheppey-primary-alliance/q3#3": ([REL], []),
 "sheppey-primary-alliance/q4#1": ([TR], [TR]),                   # induction of mid-year arrivals (dev-2014-2 dec. 7)
 "sheppey-primary-alliance/q4#2": ([LEAD, PD], [LEAD, PD]),
 "sheppey-primary-alliance/q5#1": ([], []),
 # Murston & Milton Group
 "murston-and-milton-group/q1#1": ([PR], []),
 "murston-and-milton-group/q2#1": ([MO, PR, TQ], []),             # obs judgements agreed in pairs
 "murston-and-milton-group/q2#2": ([OF, PR], []),
 "murston-and-milton-group/q3#1": ([REL], []),
 "murston-and-milton-group/q3#2": ([REL], []),
 "murston-and-milton-group/q4#1": ([PAR], [PAR]),
 "murston-and-milton-group/q4#2": ([PR], []),                     # paired obs already running -> peer review not wholly pending
 "murston-and-milton-group/q5#1": ([], []),
 "murston-and-milton-group/q5#2": ([], []),
 # Dover Harbour Schools Network
 "dover-harbour-schools-network/q1#1": ([PD, SR, VG], []),
 "dover-harbour-schools-network/q1#2": ([PD, VG], []),
 "dover-harbour-schools-network/q2#1": ([SR], []),                # EP waiting list; SEN not named
 "dover-harbour-schools-network/q3#1": ([REL, VG], []),           # lone SENCos no longer isolated
 "dover-harbour-schools-network/q3#2": ([DA, REL], []),           # honest about results
 "dover-harbour-schools-network/q4#1": ([TR], [TR]),
 # Aylesham & Eythorne Cluster
 "aylesham-eythorne-cluster/q1#1": ([LW], []),                    # paraphrased learning walk
 "aylesham-eythorne-cluster/q1#2": ([LIT], []),                   # Y2/3 buddies: no pupils moving
 "aylesham-eythorne-cluster/q2#1": ([LW, TQ], []),
 "aylesham-eythorne-cluster/q3#1": ([PD, SR], []),                # pooling staff makes training viable
 "aylesham-eythorne-cluster/q3#2": ([REL], []),
 "aylesham-eythorne-cluster/q4#1": ([GOV], [GOV]),
 "aylesham-eythorne-cluster/q5#1": ([PAR], []),
 # Harbourside Folkestone Partnership
 "harbourside-folkestone-partnership/q1#1": ([LW], []),           # subject leaders only listed as participants
 "harbourside-folkestone-partnership/q2#1": ([PAR, SR], []),      # home visits with FLOs
 "harbourside-folkestone-partnership/q2#2": ([LEAD, LW], []),
 "harbourside-folkestone-partnership/q2#3": ([], []),
 "harbourside-folkestone-partnership/q3#1": ([REL, SR, TA], []),  # shared officer; lending a TA
 "harbourside-folkestone-partnership/q3#2": ([LEAD], []),
 "harbourside-folkestone-partnership/q4#1": ([EY], [EY]),
 "harbourside-folkestone-partnership/q4#2": ([MAB], [MAB]),
 "harbourside-folkestone-partnership/q5#1": ([], []),
 # Dungeness Coast Cluster
 "dungeness-coast-cluster/q1#1": ([GOV, REL], []),
 "dungeness-coast-cluster/q2#1": ([GOV], []),
 "dungeness-coast-cluster/q2#2": ([SR], []),
 "dungeness-coast-cluster/q2#3": ([REL], []),
 "dungeness-coast-cluster/q3#1": ([GOV], []),
 "dungeness-coast-cluster/q4#1": ([PD, TQ], [PD, TQ]),
 "dungeness-coast-cluster/q4#2": ([MA, MAB], [MA, MAB]),
 "dungeness-coast-cluster/q5#1": ([OF], []),
 # Greenhill & Beltinge Hub
 "greenhill-beltinge-hub/q1#1": ([LIT, MO], []),                  # cross-phase staff work, not transition
 "greenhill-beltinge-hub/q1#2": ([TR, VG], []),
 "greenhill-beltinge-hub/q2#1": ([TR], []),
 "greenhill-beltinge-hub/q2#2": ([LIT, MO, TR], []),              # "trusts our levels" = moderation; Y7 retesting = transfer
 "greenhill-beltinge-hub/q3#1": ([REL], []),
 "greenhill-beltinge-hub/q3#2": ([], []),
 "greenhill-beltinge-hub/q4#1": ([MA, TR], [MA, TR]),
 "greenhill-beltinge-hub/q4#2": ([PAR, TR], [PAR, TR]),
 # Seasalter & Swalecliffe Schools
 "seasalter-and-swalecliffe-schools/q1#1": ([SR], []),
 "seasalter-and-swalecliffe-schools/q1#2": ([LEAD, PD], []),      # DHTs leading across schools
 "seasalter-and-swalecliffe-schools/q2#1": ([PD, REL, TQ], []),   # NQT peer group = reduced isolation
 "seasalter-and-swalecliffe-schools/q2#2": ([SR], []),
 "seasalter-and-swalecliffe-schools/q3#1": ([LEAD, PD, SR], []),  # "cheap" = cost saving
 "seasalter-and-swalecliffe-schools/q3#2": ([], []),
 "seasalter-and-swalecliffe-schools/q5#1": ([DA], [DA]),
 "seasalter-and-swalecliffe-schools/q5#2": ([], []),              # display board
 # Stanhope & Beaver Schools Group
 "stanhope-and-beaver-schools-group/q1#1": ([PD, SR, TA, VG], []),
 "stanhope-and-beaver-schools-group/q1#2": ([DA, PR], []),
 "stanhope-and-beaver-schools-group/q2#1": ([EY, VG], []),
 "stanhope-and-beaver-schools-group/q2#2": ([DA, PR], []),
 "stanhope-and-beaver-schools-group/q3#1": ([PR, REL], []),
 "stanhope-and-beaver-schools-group/q4#1": ([DA, EY, MO], [DA, EY, MO]),
 "stanhope-and-beaver-schools-group/q5#1": ([], []),              # "moderate" = medium
 "stanhope-and-beaver-schools-group/q5#2": ([], []),
 # Park Wood Collaborative
 "park-wood-collaborative/q1#1": ([SR, VG], []),
 "park-wood-collaborative/q1#2": ([LIT, PD, TA], []),
 "park-wood-collaborative/q2#1": ([PAR, VG], []),
 "park-wood-collaborative/q2#2": ([SR], []),
 "park-wood-collaborative/q3#1": ([SR], []),
 "park-wood-collaborative/q3#2": ([REL], []),
 "park-wood-collaborative/q4#1": ([LIT, MO], [LIT, MO]),
 "park-wood-collaborative/q4#2": ([LIT, PAR], [LIT, PAR]),
 "park-wood-collaborative/q5#1": ([PD], []),                      # academy trust = false friend
 # Ringlestone & Vinters Partnership
 "ringlestone-and-vinters-partnership/q1#1": ([MA, PR], []),
 "ringlestone-and-vinters-partnership/q1#2": ([LIT, MA, PD], []), # subject leaders' network (not leadership: leaders meeting)
 "ringlestone-and-vinters-partnership/q2#1": ([PR], []),
 "ringlestone-and-vinters-partnership/q2#2": ([LEAD], []),
 "ringlestone-and-vinters-partnership/q2#3": ([GOV], [GOV]),
 "ringlestone-and-vinters-partnership/q3#1": ([PD], []),
 "ringlestone-and-vinters-partnership/q3#2": ([DA, REL], []),
 "ringlestone-and-vinters-partnership/q4#1": ([LEAD], [LEAD]),
 "ringlestone-and-vinters-partnership/q4#2": ([MA, MO], [MA, MO]),  # "Moderate" here is moderation
 "ringlestone-and-vinters-partnership/q5#1": ([PR], []),
 # Littlebrook & Joyce Green Cluster
 "littlebrook-joyce-green-cluster/q1#1": ([SR, VG], []),
 "littlebrook-joyce-green-cluster/q2#1": ([SR, VG], []),
 "littlebrook-joyce-green-cluster/q3#1": ([REL], []),
 "littlebrook-joyce-green-cluster/q4#1": ([MAB], [MAB]),
 "littlebrook-joyce-green-cluster/q4#2": ([GOV, SR], [GOV]),
 "littlebrook-joyce-green-cluster/q5#1": ([GOV], []),
 # Swanscombe Riverside Partnership
 "swanscombe-riverside-partnership/q1#1": ([LIT, LW, MA], []),
 "swanscombe-riverside-partnership/q1#2": ([PR], []),
 "swanscombe-riverside-partnership/q2#1": ([LEAD, PR], []),
 "swanscombe-riverside-partnership/q2#2": ([MA, MO], [MO]),
 "swanscombe-riverside-partnership/q3#1": ([REL], []),
 "swanscombe-riverside-partnership/q3#2": ([REL], []),
 "swanscombe-riverside-partnership/q3#3": ([PR], []),
 "swanscombe-riverside-partnership/q4#1": ([PD, TA], [PD, TA]),
 "swanscombe-riverside-partnership/q4#2": ([OF, PD], [OF, PD]),   # a briefing = training session
 "swanscombe-riverside-partnership/q5#1": ([], []),               # "outstanding" = unresolved
 # Christianfields & Riverview Collaborative
 "christianfields-riverview-collaborative/q1#1": ([LIT, PD, TA], []),
 "christianfields-riverview-collaborative/q1#2": ([VG], []),
 "christianfields-riverview-collaborative/q2#1": ([VG], []),
 "christianfields-riverview-collaborative/q2#2": ([LIT, SR], []), # covering across schools (dec. 8)
 "christianfields-riverview-collaborative/q3#1": ([REL], []),
 "christianfields-riverview-collaborative/q4#1": ([LIT, VG], [LIT, VG]),
 "christianfields-riverview-collaborative/q4#2": ([GOV, VG], [GOV, VG]),
 # Singlewell Schools Group
 "singlewell-schools-group/q1#1": ([PD, REL], []),                # ML mtgs = leaders merely meeting
 "singlewell-schools-group/q1#2": ([DA, SR], []),
 "singlewell-schools-group/q2#1": ([DA, LIT], []),
 "singlewell-schools-group/q2#2": ([LIT], []),
 "singlewell-schools-group/q3#1": ([REL], []),
 "singlewell-schools-group/q3#2": ([], []),
 "singlewell-schools-group/q4#1": ([GOV], [GOV]),                 # draft ToR only: body not formed
 "singlewell-schools-group/q5#1": ([], []),
 # Edenbridge Town Partnership
 "edenbridge-town-partnership/q1#1": ([LIT, MA, SR], []),
 "edenbridge-town-partnership/q2#1": ([MA, PD], []),
 "edenbridge-town-partnership/q2#2": ([MO], []),
 "edenbridge-town-partnership/q3#1": ([REL], []),
 "edenbridge-town-partnership/q5#1": ([], []),
 # Snodland Town Schools
 "snodland-town-schools/q1#1": ([PR], []),
 "snodland-town-schools/q1#2": ([GOV, OF], []),
 "snodland-town-schools/q2#1": ([PR], []),
 "snodland-town-schools/q2#2": ([GOV], []),
 "snodland-town-schools/q3#1": ([PR, REL], []),
 "snodland-town-schools/q3#2": ([GOV], []),
 "snodland-town-schools/q4#1": ([PR], [PR]),                      # only the coming reviews described
 "snodland-town-schools/q5#1": ([], []),                          # academy trust
 # Larkfield & East Malling Cluster
 "larkfield-east-malling-cluster/q1#1": ([MO], []),
 "larkfield-east-malling-cluster/q1#2": ([LIT, PD, TA], []),         # network topic: phonics interventions
 "larkfield-east-malling-cluster/q2#1": ([DA, MO], []),
 "larkfield-east-malling-cluster/q2#2": ([PD, TA], []),
 "larkfield-east-malling-cluster/q3#1": ([PD, TA], []),
 "larkfield-east-malling-cluster/q3#2": ([REL], []),
 "larkfield-east-malling-cluster/q4#1": ([LIT, MO], [LIT]),       # joint marking extended (done); Y2 writing new
 # Sherwood & Ramslye Partnership
 "sherwood-ramslye-partnership/q1#1": ([MA, PAR], []),
 "sherwood-ramslye-partnership/q1#2": ([LEAD, SR], []),
 "sherwood-ramslye-partnership/q2#1": ([LEAD, PD, SR], []),
 "sherwood-ramslye-partnership/q3#1": ([LEAD, SR], []),
 "sherwood-ramslye-partnership/q3#2": ([PAR], []),
 "sherwood-ramslye-partnership/q4#1": ([EY], [EY]),
 "sherwood-ramslye-partnership/q4#2": ([OF], [OF]),
 "sherwood-ramslye-partnership/q5#1": ([], []),
 # Deal North End Cluster
 "deal-north-end-cluster/q1#1": ([LIT, PR], []),
 "deal-north-end-cluster/q1#2": ([PD], []),
 "deal-north-end-cluster/q2#1": ([PR], []),
 "deal-north-end-cluster/q2#2": ([PD, TQ], []),
 "deal-north-end-cluster/q3#1": ([REL], []),
 "deal-north-end-cluster/q3#2": ([PD, SR], []),
 "deal-north-end-cluster/q4#1": ([MA, PR], [MA, PR]),
 "deal-north-end-cluster/q4#2": ([LEAD, PR], [LEAD]),             # heads already run the scrutiny
 # Northdown & Millmead Hub
 "northdown-millmead-hub/q1#1": ([SR, VG], []),
 "northdown-millmead-hub/q1#2": ([PD, VG], []),
 "northdown-millmead-hub/q2#1": ([VG], []),
 "northdown-millmead-hub/q2#2": ([PD], []),                       # mentoring an NQT
 "northdown-millmead-hub/q2#3": ([DA, LIT, VG], []),
 "northdown-millmead-hub/q3#1": ([REL], []),
 "northdown-millmead-hub/q3#2": ([SR, VG], []),
 "northdown-millmead-hub/q4#1": ([VG], []),                       # therapy running; only the measure is to come
 "northdown-millmead-hub/q4#2": ([TR, VG], [TR, VG]),
 "northdown-millmead-hub/q5#1": ([REL], []),
 # Hawkinge & Cheriton Group
 "hawkinge-and-cheriton-group/q1#1": ([LEAD, PR], []),
 "hawkinge-and-cheriton-group/q1#2": ([], []),                    # Y5 day at secondary: no transfer
 "hawkinge-and-cheriton-group/q2#1": ([LEAD, PR], []),
 "hawkinge-and-cheriton-group/q2#2": ([], []),
 "hawkinge-and-cheriton-group/q3#1": ([REL], []),
 "hawkinge-and-cheriton-group/q3#2": ([], []),
 "hawkinge-and-cheriton-group/q4#1": ([OF], [OF]),
 "hawkinge-and-cheriton-group/q4#2": ([EY, MO], [EY, MO]),
 "hawkinge-and-cheriton-group/q5#1": ([], []),
 # --- second-revision comments (written and saved before coding) ---
 "cliftonville-schools-together/q2#3": ([ELC, PD, TA], []),       # TAs already on ELC -> elc not pending
 "margate-old-town-cluster/q4#2": ([REL], [REL]),
 "sheppey-primary-alliance/q1#2": ([ELC, PD], []),
 "sheppey-primary-alliance/q4#3": ([REL], [REL]),                 # primary-secondary heads; no pupils moving
 "murston-and-milton-group/q2#3": ([LIT, LW], [LIT, LW]),
 "dover-harbour-schools-network/q4#2": ([ELC, PD], [ELC, PD]),
 "dover-harbour-schools-network/q5#1": ([], []),
 "harbourside-folkestone-partnership/q2#4": ([MO, PR, TQ], [MO, PR]),  # joint obs to check judgements: to come
 "dungeness-coast-cluster/q2#4": ([SR], [SR]),
 "park-wood-collaborative/q2#3": ([LIT, MAB], []),
 "swanscombe-riverside-partnership/q3#4": ([TQ], []),
 "singlewell-schools-group/q5#2": ([], []),
 "edenbridge-town-partnership/q2#3": ([SR], [SR]),
 "snodland-town-schools/q1#3": ([], []),                          # shared drive for documents = sharing, not shared resources
 "larkfield-east-malling-cluster/q5#1": ([], []),
 "sherwood-ramslye-partnership/q2#2": ([PD, TQ], [PD, TQ]),
 "northdown-millmead-hub/q3#3": ([], []),
 "hawkinge-and-cheriton-group/q2#3": ([LEAD, PD], [LEAD, PD]),    # ML meetings = leaders meeting only
 # --- third-revision comments (longer answers; written and saved before coding) ---
 "cliftonville-schools-together/q2#4": ([LEAD, LIT, MO, PD, VG], []),   # DHTs leading INSET in another school
 "sheppey-primary-alliance/q4#4": ([MA, PAR, TR, VG], [PAR, TR, VG]),   # "embed" the calc policy -> maths not pending
 "dungeness-coast-cluster/q3#2": ([GOV, REL, SR], []),                  # shared minibus; chairs meet
 "stanhope-and-beaver-schools-group/q2#3": ([MO], []),                  # "trust in each other's judgements" = moderation
 "swanscombe-riverside-partnership/q3#5": ([REL, SR], []),
 "christianfields-riverview-collaborative/q2#3": ([EY, MO, TA, VG], [MO]),
 "edenbridge-town-partnership/q1#2": ([LIT, MA, MAB, MO, PD, TA, TR], [MAB, TR]),
 "sherwood-ramslye-partnership/q2#3": ([GOV, LEAD, PAR, SR, VG], []),   # shared SENCo -> SR + VG
 "northdown-millmead-hub/q1#3": ([GOV, LIT, MO, PD, PR, REL, TR, VG], [GOV, LIT, MO, TR]),  # PP reports challenged = peer review
}
