# ruff: noqa
# More English records: long pastes, typos, mixed content. (genre, lang, text)
PII = [
("long_email_thread", "en", """Can you turn this thread into a short summary for my manager? Keep it factual.

---------- Forwarded message ---------
From: ⟦PERSON|Deborah Ansah⟧ <⟦EMAIL_ADDRESS|d.ansah@harborview-school.org⟧>
Date: Tue, Nov 25, 2026 at 4:12 PM
Subject: Re: ⟦PERSON|Ethan⟧ – support plan
To: ⟦PERSON|Michael Brennan⟧ <⟦EMAIL_ADDRESS|mike.brennan77@gmail.com⟧>

Hi ⟦PERSON|Michael⟧,

Thanks for coming in yesterday. As discussed, ⟦PERSON|Ethan⟧'s paediatrician has confirmed the ⟦MEDICAL_CONDITION|autism spectrum disorder⟧ diagnosis and also flagged ⟦MEDICAL_CONDITION|sensory processing difficulties⟧, which explains a lot of what we've seen at lunchtimes. We'll put in place:
- a quiet space during lunch (library corner)
- ear defenders for assemblies
- a visual timetable

Our SENCo, ⟦PERSON|Mrs Patel⟧, will draft the formal plan by Friday. Could you also send over the letter from the clinic so we can apply for extra funding? If it's easier, call me on ⟦PHONE_NUMBER|(617) 555-0184⟧.

Best,
⟦PERSON|Deborah⟧

On Mon, Nov 24, 2026 at 9:03 PM ⟦PERSON|Michael Brennan⟧ wrote:
> Hi ⟦PERSON|Deborah⟧, just confirming tomorrow at 3:30. ⟦PERSON|Ethan⟧ has been really anxious since the fire drill, he had a ⟦MEDICAL_CONDITION|meltdown⟧ at home and didn't sleep. His mum ⟦PERSON|Claire⟧ can't make it, she's on nights this week. Thanks, ⟦PERSON|Mike⟧""".replace("⟦PERSON|Mrs Patel⟧", "Mrs ⟦PERSON|Patel⟧")),
("long_config_dump", "en", """Our staging deploy broke after the merge. Here's the full values file, can you spot what changed vs the defaults?

replicaCount: 2
image:
  repository: registry.gitlab.com/fenwick-io/api
  tag: "2.18.4"
  pullPolicy: IfNotPresent
env:
  APP_ENV: staging
  LOG_FORMAT: json
  DATABASE_URL: "postgresql://fenwick:⟦CONNECTION_STRING_PASSWORD|St4g1ng-Fenw1ck-DB⟧@fenwick-stg.cluster-c8x2.eu-central-1.rds.amazonaws.com:5432/fenwick"
  CACHE_URL: "redis://localhost:6379/2"
  AWS_ACCESS_KEY_ID: "⟦CLOUD_ACCESS_KEY|AKIAQZVD7F4XYX3BRN36⟧"
  AWS_SECRET_ACCESS_KEY: "⟦CLOUD_ACCESS_KEY|dNq+jH1BFt2gcv59Ajlo1oJBf5/tNpNx3/r/6jkA⟧"
  S3_BUCKET: fenwick-stg-uploads
  OPENAI_API_KEY: "⟦API_TOKEN|sk-proj-0aVlNPofDMQgs5pqA7nxG3Dt3gAstut3jT4wvDqgHXuvsgQn⟧"
  SENTRY_DSN: ""
  FEATURE_FLAGS: "new_checkout,beta_search"
resources:
  limits:
    cpu: 500m
    memory: 512Mi
  requests:
    cpu: 250m
    memory: 256Mi
livenessProbe:
  httpGet:
    path: /healthz
    port: 8080
  initialDelaySeconds: 10
readinessProbe:
  httpGet:
    path: /ready
    port: 8080
ingress:
  enabled: true
  hosts:
    - host: api.staging.fenwick.example
      paths: ["/"]

pods go CrashLoopBackOff with 'OOMKilled' after ~40s"""),
("ssh_key_paste", "en", """my deploy key stopped working after I copied it from windows, is the format messed up?

⟦PRIVATE_KEY|-----BEGIN OPENSSH PRIVATE KEY-----
pXkkP6zfodyM2F26mJ8QdTjUTjXD8zViUpkql2yL9Ber0lrqly7KoZfUhvYM/cCtvdh8mc
5LTR963bzCHPr3iDoa9rE1rDCIQyiRC78LJnduKMPdWIML9BmLV4CL4dD+ccoKx2tfNtqJ
AysHYCPYcjNd0C8Br8TVQV8AEWLFtGPx2XutNC2wCJ7z/jElOZ6wAkrbOYyVaYbA5ZvDdL
QBF8pAoRydvGTuB+rxMCOsThzlsA/8uAMJxNQMPS7i+B7p+epYWwvpRScr/rrmi1MHNkN+
nk2HZ78264AcYkuM/bpVK/3ZHQF91/+f7WSMZ/GILKhj6w5u0enDlZzN37DMaAswlTSaVg
1CCsQowbbestGC+Irl71zGHiV41k3nbt+JCpgxtzBhowIRNy5kADNbRdrjbR1DUO4QJOE3
0lQwgGGw2CXmuiI+AT0uZ3NM70C3Y6UrVh/4sqfeuIszYd25BmjUoK8be0fk0FeyYMxw8b
pxxRjQ4Iw4vAVzZhlvCvNQVpKrW4zljwpAPsnbjynnPQ==
-----END OPENSSH PRIVATE KEY-----⟧

ssh says 'invalid format'. i'm on git bash"""),
("medical_history_long", "en", """I'm trying to write a timeline of my wife's health for a new specialist because nobody ever reads the whole file. Can you put this in chronological order and flag anything that looks like it was missed?

- ⟦PERSON|Aisha⟧ (my wife), ⟦AGE|44⟧
- 2019: diagnosed with ⟦MEDICAL_CONDITION|hypothyroidism⟧, started on levo 50
- 2021 spring: ⟦MEDICAL_CONDITION|anemia⟧ (ferritin 6), iron infusions x2 at Mercy
- 2022: GI said ⟦MEDICAL_CONDITION|IBS⟧ but never did a scope
- 2023: ⟦MEDICAL_CONDITION|joint pain in hands⟧, rheum tested ANA positive 1:320, told to 'watch and wait'
- jan 2024 ⟦MEDICAL_CONDITION|miscarriage⟧ at 9 wks
- 2025: ⟦MEDICAL_CONDITION|rashes on cheeks⟧ in summer, derm gave hydrocortisone
- now: exhausted all the time, hair falling out, mouth ulcers

Her new rheumatologist is Dr ⟦PERSON|Oyelaran-Whitmore⟧ at the university hospital, appt on the 9th. I think it could be ⟦MEDICAL_CONDITION|lupus⟧?? but I'm not a doctor. Also her mom ⟦PERSON|Halima⟧ had ⟦MEDICAL_CONDITION|rheumatoid arthritis⟧ if that matters."""),
("typo_chat", "en", "hey can u remind me wat ⟦PERSON|jessicas⟧ new adress is, ⟦STREET_ADDRESS|4418 wesley ave⟧ or ⟦STREET_ADDRESS|4481⟧?? sending her a get well card after her ⟦MEDICAL_CONDITION|gallblader surgery⟧"),
("typo_chat", "en", "my sons ⟦MEDICAL_CONDITION|asthama⟧ is way worse since we moved to ⟦LOCATION|phoenix⟧, hes ⟦AGE|8⟧, uses the blue inhaler like 4x a day now. normal??"),
("kyc_form_dump", "en", """Please check this KYC extract for missing fields before I submit:

FULL NAME: ⟦PERSON|OKONJO-IWEALA, CHIDINMA GRACE⟧
DOB: ⟦DATE_TIME|1988-13-04⟧   <- system says invalid?
NATIONALITY: NGA / USA
US PASSPORT NO: ⟦US_PASSPORT|C28814703⟧
SSN: ⟦US_SSN|388-55-5025⟧
RESIDENTIAL ADDRESS: ⟦STREET_ADDRESS|7720 Marlowe Ct⟧, ⟦LOCATION|Silver Spring, MD⟧ ⟦ZIP_CODE|20910⟧
PHONE: ⟦PHONE_NUMBER|+1 301-555-0126⟧
SOURCE OF FUNDS: salary, sale of property"""),
("hr_case", "en", "Need help wording an investigation note. Employee ⟦PERSON|Mark Delaney⟧ (ID 40211) told his line manager ⟦PERSON|Hannah⟧ he's been struggling with ⟦MEDICAL_CONDITION|gambling addiction⟧ and ⟦MEDICAL_CONDITION|depression⟧, which may explain the missed shifts in October. He's asked that ⟦PERSON|Hannah⟧ not tell the team. What should go on file and what shouldn't?"),
("insurance_call", "en", """Transcript — Claims line
Agent: Can I take the member's name?
Caller: ⟦PERSON|Bill Okafor⟧, it's for my daughter ⟦PERSON|Grace⟧, she's on my plan.
Agent: And the reason for the claim?
Caller: She was admitted for ⟦MEDICAL_CONDITION|anorexia⟧, the eating disorder unit at Children's, three weeks.
Agent: Member ID?
Caller: ⟦MEDICAL_RECORD_NUMBER|XJH-448-20917⟧.
Please write a summary note for the file."""),
("travel_itinerary", "en", "Here's our booking confirmation, make a day-by-day plan: Guests ⟦PERSON|Hunter Nakamura⟧ & ⟦PERSON|Summer Nakamura⟧, Hotel Alfama Patio, check-in 12 Apr. Passports ⟦US_PASSPORT|A41927730⟧ / ⟦US_PASSPORT|A41927731⟧. Card guarantee ⟦CREDIT_CARD|4156 3437 6785 6808⟧. Note: ⟦PERSON|Summer⟧ uses a wheelchair (⟦MEDICAL_CONDITION|spina bifida⟧), so step-free routes please."),
("dl_ocr", "en", """OCR output from a scanned licence, please fix the obvious OCR errors:
CALIFORNIA DRIVER LICENSE
DL ⟦US_DRIVER_LICENSE|Y1938274⟧
EXP 03/14/2030
LN ⟦PERSON|DAVIES⟧
FN ⟦PERSON|RHIANNON MAE⟧
⟦STREET_ADDRESS|2291 EUCLID AVE APT 5⟧
⟦LOCATION|SANTA MONICA, CA⟧ ⟦ZIP_CODE|90405⟧
DOB ⟦DATE_TIME|09/O2/1994⟧
SEX F HGT 5'-06" EYES BRN"""),
("dl_ocr", "en", "the bar's ID scanner rejected my license, number ⟦US_DRIVER_LICENSE|P512-7730-9841⟧ (illinois) — is the format wrong or is the scanner just bad? i'm ⟦AGE|23⟧ so it's not an age thing"),
("stripe_support", "en", "my dev ⟦PERSON|Karan⟧ pasted our live key in slack (⟦API_TOKEN|sk_live_n5SEodLvaJNifaM2W1fiWyzM⟧) and then deleted it 2 min later. do I have to roll it? we process ~$40k/month"),
("github_issue", "en", """Bug report for our internal tool:

Steps: run `ingest --token ⟦API_TOKEN|ghp_zoq3fV43mxVlgVxTiS2gogzfONP5cPJA7No8⟧ --repo acme/monorepo`
Expected: clone
Actual: fatal: could not read Username for 'https://github.com'
Reporter: ⟦PERSON|Zeynep Kaya⟧
rewrite this as a proper GitHub issue"""),
("gp_letter", "en", "Make this sound friendlier: 'Dear ⟦PERSON|Mr Hussein⟧, your recent blood test shows ⟦MEDICAL_CONDITION|raised cholesterol⟧ (7.2) and ⟦MEDICAL_CONDITION|borderline kidney function⟧. Please book a review. NHS no ⟦UK_NHS|816 129 0938⟧.'".replace("⟦PERSON|Mr Hussein⟧", "Mr ⟦PERSON|Hussein⟧")),
("benefits_form", "en", "filling in universal credit for my neighbour ⟦PERSON|Wiktor⟧, he's ⟦AGE|58⟧, had a ⟦MEDICAL_CONDITION|stroke⟧ in june and cant work. his NI is ⟦UK_NINO|YG245117C⟧. what counts as 'limited capability for work'?"),
("teacher_note", "en", "Report comment help: '⟦PERSON|Rose⟧ has had a difficult term following her ⟦MEDICAL_CONDITION|epilepsy⟧ diagnosis and several absences. ⟦PERSON|Rose⟧ remains a kind and curious member of 4B.' Can you make it warmer without mentioning the diagnosis?"),
("bank_chat", "en", "chat w/ bank bot: 'please enter your debit card number' me: ⟦CREDIT_CARD|2427184123868005⟧ 'thank you. and the name as shown?' me: ⟦PERSON|SKY J WILLIAMS⟧ .... was that actually my bank or did i just get phished?? the link came by text"),
("slack_export", "en", """#eng-platform export, find who owns the redis migration:
[2026-11-20 10:14] ⟦PERSON|li.na⟧: redis prod creds are user default / ⟦PASSWORD|Rd!s-Pr0d-99x⟧ fyi, rotating friday
[2026-11-20 10:15] ⟦PERSON|tomás⟧: 👍 i'll take the migration
[2026-11-20 10:21] ⟦PERSON|femi⟧: can we not post passwords here pls
[2026-11-20 10:22] ⟦PERSON|li.na⟧: sorry, deleting"""),
("prescription_question", "en", "I picked up my prescription and the label says ⟦PERSON|FAITH MORENO⟧, Truvada 200/300 mg, take 1 daily. My insurance ID is ⟦MEDICAL_RECORD_NUMBER|MBR 903 441 882⟧. Is this the PrEP or the treatment dose? I'm ⟦MEDICAL_CONDITION|HIV negative⟧ and on PrEP, just want to be sure they didn't mix me up with someone"),
("census_row", "en", "what's wrong with this row, it won't import: \"⟦PERSON|Nguyen⟧\",\"⟦PERSON|Thi Hoa⟧\",\"F\",\"⟦DATE_TIME|1961-02-30⟧\",\"⟦STREET_ADDRESS|55 Bellevue Rd⟧\",\"⟦LOCATION|Garden Grove⟧\",\"⟦LOCATION|CA⟧\",\"⟦ZIP_CODE|92843⟧\""),
("voice_assistant", "en", "set a reminder: call dr ⟦PERSON|mehta⟧'s office at ⟦PHONE_NUMBER|212 555 0147⟧ about mum's ⟦MEDICAL_CONDITION|cataract⟧ op, and text ⟦PERSON|will⟧ that I can't do thursday"),
]
