"""Hand codes for round 2014-9: id -> (themes, pending). Coded one comment at a time against THEMES.md
and the decisions in dev-2014-2.md; traps commented."""
P = "2014-9/"
def c(themes="", pending=""):
    return (themes.split(), pending.split())
_C = {
"bockhanger/q1#1": c("relationships peer_review mathematics professional_development"),
"bockhanger/q1#2": c("learning_walks"),
"bockhanger/q2#1": c("peer_review teaching_quality"),  # triads (lesson study) + proportion of lessons good
"bockhanger/q2#2": c("peer_review"),
"bockhanger/q3#1": c("relationships"),
"bockhanger/q3#2": c("relationships"),  # no school is an island = reduced isolation
"bockhanger/q3#3": c(),  # professional dialogue between teachers: collaboration itself
"bockhanger/q4#1": c("data_assessment", "data_assessment"),
"bockhanger/q4#2": c("leadership", "leadership"),
"bockhanger/q5#1": c(),
"romden/q1#1": c("moderation literacy parents peer_review shared_resources"),  # family liaison officer -> parents
"romden/q1#2": c("relationships"),  # heads each leading a strand = allocation of tasks, not leadership
"romden/q2#1": c("literacy moderation parents"),
"romden/q2#2": c("mathematics"),  # "Moderate progress" = medium
"romden/q3#1": c("relationships"),
"romden/q3#2": c("parents shared_resources vulnerable_groups"),
"romden/q4#1": c("governance", "governance"),
"romden/q5#1": c(),
"stour-crossings/q1#1": c("peer_review professional_development"),  # instructional coaching = PD; filmed lessons reviewed
"stour-crossings/q1#2": c("shared_resources"),
"stour-crossings/q2#1": c("professional_development"),
"stour-crossings/q2#2": c("shared_resources"),
"stour-crossings/q3#1": c("relationships"),
"stour-crossings/q3#2": c("shared_resources"),
"stour-crossings/q4#1": c("transition", "transition"),
"stour-crossings/q4#2": c("leadership professional_development", "leadership"),  # coaching exists; for middle leaders not yet
"westgate-towers/q1#1": c("leadership professional_development teaching_quality"),  # OTP/ITP; S2S support brokered = collaboration
"westgate-towers/q1#2": c("mathematics professional_development"),
"westgate-towers/q2#1": c("professional_development teaching_quality"),
"westgate-towers/q2#2": c("leadership ofsted"),
"westgate-towers/q3#1": c("relationships"),  # collective moral purpose
"westgate-towers/q3#2": c("leadership"),  # SLE/NLE = leaders with roles across schools
"westgate-towers/q3#3": c("governance"),
"westgate-towers/q4#1": c("professional_development", "professional_development"),  # action research group
"westgate-towers/q4#2": c("vulnerable_groups", "vulnerable_groups"),
"westgate-towers/q5#1": c("governance"),
"brent-meadow/q1#1": c("professional_development shared_resources teaching_assistants vulnerable_groups"),
"brent-meadow/q1#2": c("parents vulnerable_groups"),
"brent-meadow/q2#1": c("vulnerable_groups"),  # targets on plans: not data
"brent-meadow/q2#2": c(),
"brent-meadow/q2#3": c("parents"),
"brent-meadow/q3#1": c("relationships vulnerable_groups"),
"brent-meadow/q3#2": c("parents vulnerable_groups"),
"brent-meadow/q4#1": c("shared_resources vulnerable_groups"),  # pooled budget exists: not pending
"brent-meadow/q5#1": c("vulnerable_groups"),  # "welcome" trap
"swanscombe-peninsula/q1#1": c("literacy mathematics more_able"),
"swanscombe-peninsula/q1#2": c("early_years literacy peer_review"),
"swanscombe-peninsula/q2#1": c("more_able"),
"swanscombe-peninsula/q2#2": c("literacy"),
"swanscombe-peninsula/q3#1": c("peer_review relationships"),  # supportive accountability = support + challenge
"swanscombe-peninsula/q3#2": c("relationships"),
"swanscombe-peninsula/q4#1": c("literacy parents", "parents"),
"swanscombe-peninsula/q5#1": c("more_able"),
"white-cliffs/q1#1": c("peer_review"),  # "agreed framework" is not Ofsted's
"white-cliffs/q1#2": c("elc professional_development teaching_assistants"),
"white-cliffs/q2#1": c("peer_review"),  # "more searching than an inspection": comparison, not ofsted
"white-cliffs/q2#2": c("elc professional_development teaching_assistants"),
"white-cliffs/q3#1": c("relationships"),  # "vulnerable" trap
"white-cliffs/q3#2": c("leadership peer_review"),
"white-cliffs/q3#3": c("relationships"),
"white-cliffs/q4#1": c("peer_review"),  # "tracking" recommendations: not data
"white-cliffs/q4#2": c("leadership peer_review", "leadership peer_review"),
"white-cliffs/q5#1": c("ofsted"),  # "category"
"deal-walmer/q1#1": c("data_assessment relationships shared_resources"),
"deal-walmer/q1#2": c("literacy transition"),
"deal-walmer/q2#1": c("data_assessment"),
"deal-walmer/q2#2": c("data_assessment shared_resources"),
"deal-walmer/q2#3": c("literacy"),  # Y7 staff seeing Y6 writing: not transition (dec. 7)
"deal-walmer/q3#1": c("relationships"),
"deal-walmer/q3#2": c("data_assessment relationships"),
"deal-walmer/q4#1": c("data_assessment", "data_assessment"),
"deal-walmer/q4#2": c("professional_development", "professional_development"),  # "support staff" unclear -> not TAs
"riverside-thames/q1#1": c("literacy mathematics transition vulnerable_groups"),
"riverside-thames/q1#2": c("governance"),
"riverside-thames/q2#1": c("transition"),
"riverside-thames/q3#1": c(),  # cross-phase staff: not transition
"riverside-thames/q3#2": c("transition"),
"riverside-thames/q4#1": c("data_assessment transition"),
"riverside-thames/q4#2": c("shared_resources vulnerable_groups", "shared_resources vulnerable_groups"),
"riverside-thames/q5#1": c("transition"),
"meopham-rural/q1#1": c("shared_resources"),
"meopham-rural/q1#2": c("leadership relationships"),
"meopham-rural/q2#1": c("shared_resources"),
"meopham-rural/q2#2": c(),  # post not said to be shared in this comment
"meopham-rural/q2#3": c("leadership relationships"),
"meopham-rural/q3#1": c("relationships"),
"meopham-rural/q4#1": c("teaching_quality", "teaching_quality"),
"meopham-rural/q5#1": c(),
"len-valley/q1#1": c("literacy professional_development"),  # JPD groups = PD networks
"len-valley/q1#2": c("leadership literacy peer_review"),
"len-valley/q2#1": c(),  # marking policy: no theme
"len-valley/q2#2": c("literacy"),
"len-valley/q3#1": c(),
"len-valley/q3#2": c("peer_review relationships"),  # critical friendship
"len-valley/q3#3": c(),
"len-valley/q4#1": c(),
"len-valley/q4#2": c("professional_development"),  # JPD groups done; showcase planned
"len-valley/q5#1": c("professional_development"),
"loose-brook/q1#1": c("governance leadership relationships shared_resources"),
"loose-brook/q2#1": c("governance shared_resources"),
"loose-brook/q2#2": c("early_years moderation"),
"loose-brook/q3#1": c("relationships"),
"loose-brook/q4#1": c("governance", "governance"),
"loose-brook/q5#1": c(),
"eden-valley/q1#1": c("mathematics peer_review"),
"eden-valley/q1#2": c("data_assessment early_years moderation"),
"eden-valley/q2#1": c("mathematics peer_review"),
"eden-valley/q2#2": c("mathematics"),  # results not yet out: tests happened, not pending
"eden-valley/q2#3": c("data_assessment early_years moderation"),
"eden-valley/q3#1": c("peer_review relationships"),
"eden-valley/q3#2": c(),
"eden-valley/q4#1": c("peer_review teaching_assistants", "teaching_assistants"),
"eden-valley/q5#1": c("peer_review"),  # presenting at a conference is not joint CPD
"chartwell-ridge/q1#1": c("leadership professional_development"),
"chartwell-ridge/q2#1": c("leadership"),
"chartwell-ridge/q2#2": c("governance"),
"chartwell-ridge/q3#1": c("relationships"),  # lending people (dec. 4)
"chartwell-ridge/q3#2": c("leadership"),
"chartwell-ridge/q4#1": c("shared_resources", "shared_resources"),
"chartwell-ridge/q5#1": c(),
"saxon-shore/q1#1": c("literacy peer_review"),
"saxon-shore/q1#2": c("governance"),
"saxon-shore/q2#1": c("peer_review"),
"saxon-shore/q2#2": c("literacy"),
"saxon-shore/q2#3": c("governance"),
"saxon-shore/q3#1": c(),
"saxon-shore/q3#2": c(),
"saxon-shore/q4#1": c(),
"saxon-shore/q4#2": c("transition vulnerable_groups", "transition vulnerable_groups"),
"saxon-shore/q5#1": c(),
"elham-vale/q1#1": c("professional_development"),
"elham-vale/q2#1": c("peer_review professional_development"),
"elham-vale/q2#2": c(),
"elham-vale/q3#1": c(),
"elham-vale/q4#1": c("shared_resources"),
"elham-vale/q4#2": c("more_able", "more_able"),
"sheppey-together/q1#1": c("literacy parents shared_resources"),
"sheppey-together/q1#2": c("vulnerable_groups"),
"sheppey-together/q2#1": c("parents"),
"sheppey-together/q2#2": c("vulnerable_groups"),
"sheppey-together/q3#1": c("relationships"),
"sheppey-together/q3#2": c("relationships"),
"sheppey-together/q4#1": c("vulnerable_groups", "vulnerable_groups"),
"sheppey-together/q5#1": c(),
"sheppey-together/q5#2": c("relationships"),  # families' challenges = context only
"milton-creek/q1#1": c("leadership peer_review professional_development"),
"milton-creek/q2#1": c("leadership"),  # governors only an audience
"milton-creek/q2#2": c(),  # "Outstanding issue" trap
"milton-creek/q2#3": c("literacy"),
"milton-creek/q3#1": c("leadership"),
"milton-creek/q4#1": c(),  # foundation subjects trap
"milton-creek/q5#1": c(),
"northdown-park/q1#1": c("early_years moderation peer_review professional_development"),
"northdown-park/q1#2": c("early_years professional_development vulnerable_groups"),  # Talk Boost = language intervention
"northdown-park/q2#1": c("early_years moderation"),
"northdown-park/q2#2": c("relationships"),
"northdown-park/q3#1": c("early_years relationships"),
"northdown-park/q3#2": c(),
"northdown-park/q4#1": c("early_years transition", "early_years transition"),
"northdown-park/q4#2": c("literacy", "literacy"),
"cliftonville-bay/q1#1": c("elc learning_walks professional_development teaching_assistants"),
"cliftonville-bay/q2#1": c("learning_walks teaching_assistants"),
"cliftonville-bay/q2#2": c("elc teaching_quality"),
"cliftonville-bay/q3#1": c("peer_review relationships"),
"cliftonville-bay/q3#2": c(),
"cliftonville-bay/q4#1": c("ofsted peer_review", "ofsted peer_review"),
"cliftonville-bay/q4#2": c("transition", "transition"),  # mid-year joiners (dec. 7)
"cliftonville-bay/q5#1": c("vulnerable_groups"),
"medway-gap/q1#1": c("data_assessment"),
"medway-gap/q2#1": c(),
"medway-gap/q2#2": c(),
"medway-gap/q3#1": c("relationships"),
"medway-gap/q3#2": c("relationships"),
"medway-gap/q4#1": c("data_assessment moderation", "data_assessment moderation"),
"medway-gap/q5#1": c(),  # academy trust
"tower-view/q1#1": c("moderation peer_review professional_development teaching_quality"),
"tower-view/q1#2": c("professional_development"),
"tower-view/q2#1": c("moderation peer_review teaching_quality"),
"tower-view/q2#2": c("professional_development teaching_quality"),
"tower-view/q3#1": c("relationships"),
"tower-view/q3#2": c(),
"tower-view/q3#3": c("moderation relationships teaching_quality"),
"tower-view/q4#1": c("professional_development teaching_assistants", "teaching_assistants"),
"tower-view/q5#1": c(),  # "moderate amount"
"high-weald/q1#1": c("literacy mathematics more_able shared_resources"),
"high-weald/q1#2": c("ofsted"),
"high-weald/q2#1": c("literacy mathematics more_able"),
"high-weald/q2#2": c(),
"high-weald/q2#3": c("ofsted"),
"high-weald/q3#1": c(),
"high-weald/q3#2": c("mathematics shared_resources"),
"high-weald/q4#1": c("leadership", "leadership"),
"high-weald/q4#2": c("more_able parents", "more_able parents"),
"pembury-ridge/q1#1": c("data_assessment governance ofsted relationships"),
"pembury-ridge/q1#2": c("learning_walks"),
"pembury-ridge/q2#1": c("data_assessment governance ofsted"),
"pembury-ridge/q2#2": c("learning_walks"),
"pembury-ridge/q3#1": c("governance relationships"),
"pembury-ridge/q3#2": c("governance relationships"),
"pembury-ridge/q4#1": c(),
"pembury-ridge/q4#2": c("peer_review", "peer_review"),
"pembury-ridge/q5#1": c("governance", "governance"),
}
CODES = {P + k: v for k, v in _C.items()}
# --- comments added after the first coding pass (written and saved uncoded first) ---
_ADD = {
"bockhanger/q2#3": c("literacy mathematics peer_review", "literacy"),
"romden/q2#3": c("learning_walks", "learning_walks"),
"stour-crossings/q2#3": c("relationships shared_resources", "relationships"),
"westgate-towers/q2#3": c("professional_development"),  # staff surveys and "a full year's data" on impact: not pupil data
"brent-meadow/q4#2": c("relationships"),  # heads already meet in business meetings -> not pending
"swanscombe-peninsula/q2#3": c("mathematics"),  # drafted = some work done (cf. "trialled")
"white-cliffs/q2#3": c("elc professional_development", "elc professional_development"),
"deal-walmer/q2#4": c("literacy moderation", "literacy moderation"),
"riverside-thames/q2#2": c("early_years literacy peer_review transition", "peer_review"),
"len-valley/q4#3": c("governance", "governance"),
"eden-valley/q4#2": c("peer_review professional_development", "professional_development"),
"chartwell-ridge/q2#3": c("professional_development", "professional_development"),
"saxon-shore/q2#4": c("vulnerable_groups", "vulnerable_groups"),  # PP review: vulnerable_groups only
"elham-vale/q2#3": c("shared_resources"),
"sheppey-together/q4#2": c("transition", "transition"),
"milton-creek/q4#2": c("leadership professional_development", "professional_development"),  # "further" -> leadership not pending
"northdown-park/q2#3": c("data_assessment early_years professional_development"),
"cliftonville-bay/q4#3": c("professional_development teaching_assistants", "professional_development teaching_assistants"),
"medway-gap/q2#3": c("data_assessment", "data_assessment"),
"tower-view/q4#2": c("parents", "parents"),
"high-weald/q4#3": c("more_able", "more_able"),
"pembury-ridge/q2#3": c("professional_development", "professional_development"),
}
CODES.update({P + k: v for k, v in _ADD.items()})
