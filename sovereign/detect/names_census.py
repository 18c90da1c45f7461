"""Given names of the United States, lower case: every first name ranked 1,000 or better in
the US Census Bureau's 1990 name frequency files (dist.female.first, dist.male.first;
works of the US government, in the public domain), less those that are ordinary English
words as often as names ("will", "may", "grant", "hope", "hunter", "page") and spaCy's
English stop words.

Generated once from those files; names.py adds them to its own lists of European names.
"""

from __future__ import annotations

CENSUS_GIVEN = frozenset("""
aaron abby abdul abe abel abigail abraham ada adam adan addie adela adele adeline adolfo adolph
adrian adriana adrienne agnes agustin ahmad ahmed aida aileen aimee aisha alan alana alba albert
alberta alberto alden aldo alec alejandra alejandro alex alexander alexandra alexandria alexis
alfonso alfonzo alfred alfreda alfredo alice alicia aline alisa alisha alison alissa allan allen
allie allison allyson alma alonzo alphonse alphonso alta althea alton alva alvaro alvin alyce
alyson alyssa amado amalia amanda amelia amie amos amparo amy ana anastasia anderson andre
andrea andres andrew andy angela angelia angelica angelina angeline angelique angelita angelo
angie anibal anita ann anna annabelle anne annette annie annmarie anthony antoine antoinette
anton antone antonia antonio antony antwan araceli archie ariel arlene arline armand armando
arnold arnulfo aron arron arthur arturo ashlee ashley aubrey audra audrey augusta augustine
augustus aurelia aurelio aurora austin ava avery avis barbara barbra barney barry bart barton
basil beatrice beatriz beau becky belinda ben benita benito benjamin bennett bennie benny
bernadette bernadine bernard bernardo bernice bernie berry bert berta bertha bertie beryl bessie
beth bethany betsy bette bettie betty bettye beulah beverley beverly bianca billie billy blaine
blair blake blanca blanche bob bobbi bobbie bobby bonita bonnie booker boris boyd brad bradford
bradley bradly brady brain branden brandi brandie brandon brandy brant brenda brendan brent
brenton bret brett brian briana brianna brice bridget bridgett bridgette brigitte britney
brittany brittney brock brooke brooks bruce bruno bryan bryant bryce bryon buddy buford burl
burt burton byron caitlin caleb callie calvin camille candace candice cara carey carissa carl
carla carlene carlo carlos carlton carly carmela carmella carmelo carmen carmine carole carolina
caroline carolyn carrie carroll carson cary casandra casey cassandra cassie catalina catherine
cathleen cathryn cathy cecelia cecil cecile cecilia cedric celeste celia celina cesar chad
chadwick chandra chang charity charlene charles charley charlie charlotte charmaine chasity
chauncey chelsea cheri cherie cheryl chester chi chris christa christi christie christina
christine christoper christopher christy chrystal chuck cindy clair claire clara clare clarence
clarice clarissa clark claude claudette claudia claudine claudio clayton clement cleo cleveland
clifford clifton clint clinton clyde cody colby cole coleen coleman colette colin colleen collin
concepcion concetta connie conrad constance consuelo cora corey corina corine corinne cornelia
cornelius cornell corrine cory courtney coy craig cristina cruz curt curtis cynthia cyril cyrus
dallas dalton damian damien damion damon dan dana dane danial daniel danielle dannie danny dante
daphne darcy daren darin dario darius darla darlene darnell darrel darrell darren darrin darryl
darwin daryl dave david davis deana deandre deann deanna deanne debbie debora deborah debra dee
deena deidre deirdre delbert delia della delmar delmer delores deloris demetrius dena denis
denise dennis denny denver deon derek derick derrick desiree desmond devin devon dewayne dewey
dewitt dexter diana diane diann dianna dianne diego dillon dina dino dion dionne dirk dixie
dollie dolores domingo dominic dominick dominique dona donald donn donna donnell donnie donny
donovan dora doreen dorian dorothea dorothy dorthy doug douglas doyle duane dudley duncan dustin
dwayne dwight dylan earle earlene earline earnest earnestine ebony eddie eddy edgar edgardo
edith edmond edmund edna eduardo edward edwardo edwin edwina effie efrain efren eileen elaine
elba elbert eldon eleanor elena eli elias elijah elinor elisa elisabeth elise eliseo eliza
elizabeth ella ellen elliot elliott ellis elma elmer elmo elnora eloise eloy elsa elsie elton
elva elvia elvin elvira elvis elwood emanuel emerson emery emil emile emilia emilio emily emma
emmanuel emmett emory enid enrique eric erica erich erick ericka erik erika erin erma erna
ernest ernestine ernesto ernie errol ervin erwin esmeralda esperanza essie esteban estela
estella estelle ester esther ethan ethel etta eugene eugenia eugenio eula eunice eva evan
evangelina evangeline evelyn everett everette ezra fabian fannie fanny faustino fay faye
federico felecia felicia felipe felix ferdinand fern fernando fidel flora florence florine
flossie floyd fran frances francesca francine francis francisca francisco frankie franklin fred
freda freddie freddy frederic frederick fredric fredrick freeman freida frieda fritz gabriel
gabriela gabrielle gail galen garland garrett garry garth gary gavin gayle gena genaro geneva
genevieve geoffrey george georgette georgia georgina gerald geraldine gerard gerardo gerry
gertrude gil gilbert gilberto gilda gina gino giovanni gladys glenda glenna gloria goldie
gonzalo gordon grace gracie graciela grady graham greg gregg gregorio gregory greta gretchen
grover guadalupe guillermo gustavo gwen gwendolyn hal haley hallie hank hannah hans harlan
harley harold harriet harriett harris harrison harry harvey hattie heath hector heidi helen
helena helene helga henrietta henry herbert heriberto herman herminia herschel hershel hester
hilario hilary hilda hillary hiram hollie hollis homer horace horacio houston howard hubert hugh
hugo humberto hung ian ida ignacio ila ilene imelda imogene ina ines inez ingrid irene irma
irvin irving irwin isaac isabel isabella isabelle isaiah isiah isidro ismael israel issac iva
ivan ivory jack jackie jacklyn jackson jaclyn jacob jacqueline jacquelyn jacques jaime jake
jamaal jamal jamar jame jamel james jami jamie jan jana jane janell janelle janet janette janice
janie janine janis janna jannie jared jarred jarrett jarrod jarvis jason jasper javier jayne
jayson jean jeanette jeanie jeanine jeanne jeannette jeannie jeannine jed jeff jefferey
jefferson jeffery jeffrey jeffry jenifer jenna jennie jennifer jenny jerald jeremiah jeremy jeri
jermaine jerold jerome jerri jerrod jerrold jerry jess jesse jessica jessie jesus jewell jill
jillian jim jimmie jimmy joan joann joanna joanne joaquin jocelyn jodi jodie jody joe joel
joesph joey johanna john johnathan johnathon johnie johnnie johnny jolene jon jonah jonas
jonathan jonathon joni jordan jorge jose josef josefa josefina joseph josephine josh joshua
josiah josie josue joyce juan juana juanita judith judson judy jules julia julian juliana
julianne julie juliet juliette julio julius junior justin justine kaitlin kara kareem karen kari
karin karina karl karla karyn kasey kate katelyn katharine katherine katheryn kathie kathleen
kathrine kathryn kathy katie katina katrina katy kay kaye kayla keisha keith kelley kelli kellie
kelly kelsey kelvin ken kendall kendra kendrick kenneth kennith kenny kent kenton kenya keri
kermit kerri kerry keven kevin kieth kim kimberley kimberly kip kirby kirk kirsten kitty kory
kris krista kristen kristi kristie kristin kristina kristine kristopher kristy krystal kurt
kurtis kyle lacey lacy ladonna lakeisha lakisha lamar lamont lana landon lanny lara larry
latasha latisha latonya latoya laura laurel lauren laurence lauri laurie lavern laverne lavonne
lawanda lawrence lazaro lea leah leann leanna leanne leigh leila lela leland lelia lemuel lena
lenard lenny lenora lenore leo leola leon leona leonard leonardo leonel leonor leopoldo leroy
les lesa lesley leslie lessie lester leta letha leticia letitia levi lewis lidia lila lilia
lilian liliana lillian lillie lilly lina lincoln linda lindsay lindsey linwood lionel lisa liz
liza lizzie lloyd logan lois lola lolita lon lonnie lora loraine loren lorena lorene lorenzo
loretta lori lorie lorna lorraine lorrie louella louie louis louisa louise lourdes lowell loyd
luann lucas lucia luciano lucien lucile lucille lucinda lucio lucy luella luis luisa luke lula
lupe luther luz lydia lyle lyman lynda lynette lynn lynne lynnette mabel mable mac mack
madeleine madeline madelyn madge mae magdalena maggie mai malcolm malinda mallory mamie mandy
manuel manuela mara marc marcel marcelino marcella marcelo marci marcia marcie marco marcos
marcus marcy margaret margarita margarito margery margie margo margret marguerite mari maria
marian mariana marianne mariano maribel maricela marie marietta marilyn marina mario marion
marisa marisol marissa maritza marjorie marla marlene marlin marlon marquis marquita marsha
marta martha martin martina marty marva marvin mary maryann maryanne maryellen marylou mathew
matilda matt matthew mattie maude maura maureen maurice mauricio mauro mavis maxine maxwell
maynard mayra meagan megan meghan mel melanie melba melinda melisa melissa melody melva melvin
mercedes meredith merle merlin merrill mervin mia micah michael micheal michel michele michelle
mickey miguel mike milagros mildred milford millard millicent millie milo milton mindy minerva
minnie miranda miriam mitch mitchel mitchell mitzi mohamed mohammad mohammed moises mollie molly
mona monica monique monroe monte monty morgan morris morton moses muriel murray myles myra myrna
myron myrtle nadia nadine nancy nanette nannie naomi napoleon natalia natalie natasha nathan
nathaniel neal nelda nellie nelson nestor nettie neva newton nicholas nichole nick nickolas
nicolas nicole nigel nikki nina nita noah noe noel noelle noemi nola nolan nona nora norbert
norberto noreen norma normand norris numbers octavio odell odessa odis ofelia ola olen olga olin
olive oliver olivia ollie omar ophelia ora orlando orval orville oscar osvaldo otis otto pablo
paige pam pamela pansy parker pasquale patrica patrice patricia patrick patsy patti patty paul
paula paulette pauline pearlie pedro peggy penelope percy perry pete peter petra phil philip
phillip phoebe phyllis pierre polly porfirio preston priscilla quentin quincy quinn quinton
rachael rachel rachelle rae rafael ralph ramiro ramon ramona randal randall randell randi
randolph raphael raquel raul raymond raymundo reba rebecca rebekah refugio reggie regina
reginald reid reinaldo rena rene renee reuben reva rex reyes reyna reynaldo rhea rhoda rhonda
ricardo richard richie rick rickey rickie ricky rico rigoberto riley rita robbie robby robert
roberta roberto robt robyn rocco rochelle roderick rodger rodney rodolfo rodrick rodrigo rogelio
roger roland rolando rolland romeo ron ronald ronda ronnie ronny roosevelt rory rosa rosalie
rosalind rosalinda rosalyn rosanna rosanne rosario roscoe roseann rosella rosemarie rosemary
rosendo rosetta rosie roslyn ross rowena roxanne roxie roy royce ruben rubin rudolph rudy rufus
rupert russ russel ruth ruthie ryan sabrina sadie sal sallie sally salvador salvatore sam
samantha sammie sammy samuel sandra sanford sang santiago santos sara sarah sasha saul saundra
savannah scot scott scottie scotty sean sebastian selena selma serena sergio seth seymour shana
shane shanna shannon shari sharlene sharron shaun shauna shawn shawna sheena sheila sheldon
shelia shelley shelly shelton sheree sheri sherri sherrie sherry sheryl sidney silas silvia
simon simone socorro sofia solomon sondra sonia sonja sonya sophia sophie spencer stacey staci
stacie stacy stan stanley stefan stefanie stella stephan stephanie stephen steve steven stevie
stewart stuart sung susan susana susanna susanne susie suzanne suzette sybil sydney sylvester
sylvia tabatha tabitha tad tamara tameka tamera tami tamika tammi tammie tamra tania tanisha
tanner tanya tara tasha taylor ted teddy terence teresa teri terra terrance terrell terrence
terri terrie terry tessa thad thaddeus thanh thelma theodore theresa therese theron thomas
thurman tia tiffany tim timmy timothy tina tisha tod todd tom tomas tommie tommy toni tonia tony
tonya tory tracey traci tracie travis trent trenton trevor trey tricia trina trinidad trisha
tristan troy trudy truman twila tyler tyree tyrone tyson ulysses ursula valarie valentin valeria
valerie vance vanessa vaughn velma vera vern verna vernon veronica vicente vicki vickie vicky
victor victoria vilma vince vincent viola virgie virgil virginia vito vivian vonda waldo wallace
walter wanda warren wayne weldon wendell wendi wesley weston whitney wilbert wilbur wilburn
wilda wiley wilford wilfred wilfredo willa willard william williams willie willis wilma wilmer
wilson wilton winfred winifred winnie winston woodrow wyatt xavier yesenia yolanda yong yvette
yvonne zachariah zachary zachery zane zelma
""".split())
