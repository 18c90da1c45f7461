"""Given names and surnames common among the people whose data the proxy meets beyond the
Western European lists in names.py: Arabic, Turkish, Persian, South Asian, East and
South-East Asian, Slavic, Baltic, Nordic, Irish, Welsh and Scottish, Greek, Hungarian,
Romanian and African names, lower case.

The lists widen what a lone word needs to count as a name ("Karim", "Niamh", "Wojciech"
alone are names; "Dell" and "Lyon" are not); they are no limit on what counts as a name
(see names.py). Words that are as often ordinary words in the languages the proxy reads
("Hope", "Will", "Sunny", "Amir" is kept, "Jade" is left out) are not listed.
"""

from __future__ import annotations

GIVEN_WORLD = frozenset("""
aaliyah abdel abdul abdullah abdulrahman abebe abena abhishek abimbola abiodun abu adaeze
adebayo adeola adewale adil aditi aditya adnan adebola afua agnieszka ahmad ahmed ahmet aiko
ailbhe aine aisling akash akira akosua alejandra aleksander aleksandra aleksei alexei ali
alibek alina alisher amani amara amina amir amira amit amna anand ananya anastasia anders
andrei andrzej aneta anil anita anjali ankit anushka aoife arash aravind arjun arnav arturo
aryan asha ashok asif aslan astrid ayaan ayesha aylin aymen ayodele ayse aziz bartosz bashir
beata bilal birgit bjorn björn bogdan bongani boris burak canan caoimhe cem chidi chidinma
chiamaka chinedu chinonso chioma chinwe ciara ciarán cian ciaran cillian colm darius dariusz
darya dawit deepak deniz dermot devi dimitra dimitri dimitrios dinesh dmitri dmitry dorota
ebuka efua elif elin emeka emine emre eoin erkan esra ewa eun fahad faisal farah farhan
farid fatemeh fatih fatima fatma fergus fiadh finlay fionnuala funmilayo gareth ganesh
gaurav georgios ghulam goran gunnar gwen gwyneth habib hadi hafsa haiyan hakan halima hamid
hamza hana hanna haruka haruto hassan hatice hemant hiroshi hoang hossein huda hui hussein
ibrahim idris ifeoma ilya imran ingrid ioana ioannis iqbal irina iryna isha ishaan ismail
jae jamal jamila jasmin jaroslav javed jia jian jiho jin jing joanna junaid kaan kai kamal
kamala karim kasia katarzyna kateryna kavya kazuki keiko kemal kenji khadija khalid kiran
kofi kojo kostas krishna krzysztof kwabena kwame kwasi lakshmi latifa leila leyla li lin
lina lotte lucja łucja lukasz łukasz magnus mahmoud malik malgorzata małgorzata manoj mariam
marek marjan masato maryam mehmet mei mehdi melek merve mihai mikael ming minh mohamad
mohammad mohammed mohan moses mustafa nadia nadim naledi naoko naveen nazanin neha niamh
nikhil nikita nikola nikolai nikos nilufar nkechi nnamdi noor nour nuno obinna oisin oisín
oksana olamide oleg oleksandr olga olumide omar oona orla osagie oskar ozan pavel pawel
paweł piotr pooja prakash pranav preeti priya priyanka qiang radu rahul rajesh rajiv rakesh
ramesh rana rania rashid ravi reza rohan rohit roisin róisín ruslan saanvi sachin sadia
saeed sahil saif salma salim salvatore sami samira sandeep sanjay saoirse sara sasha sato
seamus séamus selin semra sena seo sergei sergey shanthi sharif shira shreya shu siddharth
sina siobhan siobhán sipho sneha sofiya somchai songül stanislav sunil suresh svetlana tadhg
takeshi tamar tanvir tatiana tatyana themba thabo thandiwe tomasz tran tunde tuan uchenna
umar usman vaibhav valentina vasile vasyl vikram vinay vivek vladimir vusi wanjiru wei
wiktoria wojciech xin xiao yan yang yasmin yasmine yaw yemi yerlan yeon yiannis yoko yosef
younes youssef yuki yulia yuri yusuf yuto zainab zanele zara zeynep zhang zhen zoltan zsofia
zsófia
""".split()) | frozenset("""
karan rohit sachin gaurav saurabh pranav ishaan kabir riya kavya sneha tanvi vivek
aarav abubakar adewale adeyemi agnieszka ahmed ahmet ayşe babatunde bukola busra büşra cansu
chukwuemeka damilola divya folasade gokhan gul gökhan gül hakan hanh hassan hatice huong
hussein huy hüseyin ifeoma irem jakub kamil katarzyna kavita kehinde khalid kiran krzysztof
kubra kübra lakshmi layla leila linh lukasz mahesh malgorzata manish marek matheus małgorzata
meera mehmet merve michal michał minh murat mustafa nabil neha ngozi nikhil nisha nkechi obinna
olumide oluwadamilare oluwaseun omar omer ozlem pawel paweł phuong piotr pooja prakash priya
quang rahul rajesh ramesh rania rekha rohan sakura salma samir sanjay selin serkan shreya
srinivas sunil sunita suresh tariq temitope thanh thuy tolulope tomasz trang tuan tuba uchenna
varun venkatesh vikram volkan wojciech xiomara yasmin yetunde youssef yusuf zainab zeynep zofia
ömer özlem łukasz
""".split()) | frozenset({"r\u0131za"})

SURNAMES_WORLD = frozenset("""
abdullah abdullahi adeyemi afolabi agarwal ahmadi ahmed akhtar akinola ali alvi amini
andersen andersson ansari asante aydin aziz babatunde bajwa banerjee bangura bhatt boateng
byrne campbell chatterjee chaudhry chen cheng choi chopra chowdhury chung ciobanu costa cruz
dahl demir desai dlamini doherty dogan doğan duffy dumitru eriksson esposito fitzgerald
gallagher ghosh gupta gustafsson haddad hamid hansen haque hashemi hassan hosseini hussain
hussein ibrahim iqbal ivanov ivanova jain jensen johansson joshi kamau kaplan karimi kaur
kavanagh kelly kennedy khan kim kiptoo kovac kovacs kovács kowalczyk kowalska kowalski
kozlov kozlova kumar kurt larsen lee lewandowski li lin lindberg lindqvist liu mahlangu
malik mazur mccarthy mcallister mcdonald mehta mensah mishra mohamed moyo murphy mwangi nair
nakamura ndlovu nguyen nielsen novak nowak obi o'brien o'connor o'neill odhiambo ogunleye
okafor okeke okonkwo okoro oliveira olsen omar osei otieno owusu ozturk öztürk pandey
persson petrov petrova petrovic petrović pillai popa popescu popov qureshi rahman raza reddy
rezaei rossi ryan sahin şahin saito sato saxena schmidt shah sharma shevchenko singh sokolov
sokolova suzuki takahashi tanaka tiwari tran vasquez verma volkov volkova wang wiśniewski
wisniewski wojcik wójcik wong wu xu yadav yamamoto yang yilmaz yildiz zhang zhao zhou
zielinski zieliński
""".split()) | frozenset("""
adebayo adeleke agarwal arslan aslan aydin bakare balogun banerjee bui celik chatterjee
chopra dang dogan dombrowski doğan duong eze hoang iyer joshi kamara kaminski kamiński kapoor
kaya kilic koc kowalczyk koç krishnan lewandowski malhotra menon mishra mukherjee nair nakamura
nwosu ogunleye okafor okeke olawale ozdemir ozturk pham phan pillai raghunathan rao reddy sahin
subramanian szymanski szymański verma wisniewski wiśniewski wojcik wozniak woźniak wójcik
yilmaz zielinski zieliński çelik özdemir öztürk şahin
""".split()) | frozenset({"ayd\u0131n", "k\u0131l\u0131ç", "y\u0131lmaz"})
