"""Names that are no one's personal data, named in general-knowledge, literature and film
questions ("Who was Ada Lovelace?", "Fasse das Leben von Marie Curie zusammen", "Why does
Hermione Granger punch Draco Malfoy?"): lower case, full names as usually written.

Basis:
- PUBLIC_FIGURES: GDPR Recital 27 — the Regulation does not apply to the personal data of
  deceased persons; every name listed is of a person who has died and is known to the
  public for public acts.
- FICTIONAL_CHARACTERS: GDPR Art. 4(1) — personal data relate to a natural person; a
  character of a novel, a film or a series is none. Only names distinctive enough that a
  real person rarely bears them are listed ("Hermione Granger", not "Rachel Green").

A name found exactly so (a possessive "'s" aside) is kept at the weak score (noise.py):
still visible to ``explain``, but no reason to rewrite a question about history or a book.
A living person's name, or one of these inside an identifying record (a form field, a
signature), is found as any other name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

PUBLIC_FIGURES = frozenset(name.strip() for name in """
ada lovelace, alan turing, albert einstein, alexander fleming, alexander graham bell,
alexander hamilton, alexander the great, amelia earhart, anne frank, antoine lavoisier,
archimedes, aristotle, augustus, benjamin franklin, blaise pascal, carl friedrich gauss,
carl linnaeus, carl sagan, charles babbage, charles darwin, charles de gaulle, charles dickens,
charlie chaplin, che guevara, christopher columbus, claude debussy, claude monet,
claude shannon, confucius, dante alighieri, david hume, dmitri mendeleev, edgar allan poe,
edmund hillary, edward jenner, edwin hubble, emily dickinson, emmy noether, enrico fermi,
ernest hemingway, ernest rutherford, ferdinand magellan, florence nightingale, francis crick,
frank lloyd wright, franklin d. roosevelt, franklin roosevelt, franz kafka, frida kahlo,
friedrich nietzsche, galileo galilei, george orwell, george washington, gottfried leibniz,
gregor mendel, grace hopper, hannah arendt, hans christian andersen, harriet tubman,
henry ford, immanuel kant, isaac newton, jane austen, james clerk maxwell, james cook,
james joyce, james watt, jean-paul sartre, jean-jacques rousseau, joan of arc,
johann sebastian bach, johannes gutenberg, johannes kepler, john f. kennedy, john kennedy,
john lennon, john locke, john von neumann, joseph stalin, jules verne, julius caesar,
karl marx, kurt gödel, kurt godel, leo tolstoy, leonardo da vinci, leonhard euler,
louis pasteur, ludwig van beethoven, ludwig wittgenstein, mahatma gandhi, marcel proust,
marco polo, marie curie, martin luther, martin luther king, martin luther king jr.,
max planck, michael faraday, michelangelo, miguel de cervantes, napoleon, napoleon bonaparte,
nelson mandela, niccolò machiavelli, niccolo machiavelli, nicolaus copernicus, niels bohr,
nikola tesla, oscar wilde, pablo picasso, pablo neruda, paul cézanne, pierre curie,
plato, queen victoria, rachel carson, rembrandt, rené descartes, rene descartes,
richard feynman, robert oppenheimer, j. robert oppenheimer, rosa parks, rosalind franklin,
salvador dalí, salvador dali, simone de beauvoir, sigmund freud, socrates,
srinivasa ramanujan, thomas edison, thomas jefferson, vasco da gama, vincent van gogh,
virginia woolf, voltaire, walt disney, werner heisenberg, wilhelm röntgen, william shakespeare,
winston churchill, wolfgang amadeus mozart, wright brothers, yuri gagarin, abraham lincoln,
adam smith, agatha christie, albert camus, alessandro volta, alfred nobel, andy warhol,
astrid lindgren, bertrand russell, charlemagne, chopin, frédéric chopin, frederic chopin,
edvard munch, elvis presley, erwin schrödinger, erwin schrodinger, fyodor dostoevsky,
gabriel garcía márquez, gabriel garcia marquez, giuseppe verdi, gustav klimt,
gustav mahler, heinrich hertz, henri matisse, hildegard von bingen, ibn sina, jimi hendrix,
johann wolfgang von goethe, joseph haydn, karl benz, lise meitner, marie antoinette,
mark twain, mary shelley, max weber, nicolas tesla, otto von bismarck, paul dirac,
pierre-auguste renoir, rabindranath tagore, richard wagner, robert koch, rudolf diesel,
samuel morse, søren kierkegaard, soren kierkegaard, stephen hawking, sun tzu,
tutankhamun, umberto eco, william wordsworth, wilhelm conrad röntgen,
dennis ritchie, linus pauling, john mccarthy, edsger dijkstra, konrad zuse,
willy brandt, helmut kohl, helmut schmidt, konrad adenauer, mikhail gorbachev, boris yeltsin,
vladimir lenin, leon trotsky, nikita khrushchev, mao zedong, deng xiaoping, zhou enlai,
ho chi minh, fidel castro, simón bolívar, simon bolivar, josé de san martín,
jose de san martin, francisco franco, benito mussolini, adolf hitler, giuseppe garibaldi,
camillo cavour, isabel la católica, isabel la catolica, isabella of castile,
ferdinand of aragon, louis xiv, louis xvi, ludwig xiv, luis xiv, cleopatra, ramesses ii,
hannibal barca, attila, genghis khan, kublai khan, saladin, richard the lionheart,
william the conqueror, henry viii, elizabeth i, elizabeth ii, queen elizabeth ii,
margaret thatcher, ronald reagan, richard nixon, jimmy carter, theodore roosevelt,
woodrow wilson, dwight eisenhower, dwight d. eisenhower, lyndon b. johnson, malcolm x,
frederick douglass, sojourner truth, susan b. anthony, eleanor roosevelt, golda meir,
indira gandhi, jawaharlal nehru, muhammad ali jinnah, mustafa kemal atatürk, kemal atatürk,
ataturk, anwar sadat, yitzhak rabin, gamal abdel nasser, haile selassie, patrice lumumba,
kwame nkrumah, desmond tutu, kofi annan, salvador allende, augusto pinochet, eva perón,
eva peron, juan perón, juan peron, getúlio vargas, getulio vargas, tiradentes, dom pedro ii,
pedro álvares cabral, pedro alvares cabral, hernán cortés, hernan cortes, francisco pizarro,
moctezuma, túpac amaru, tupac amaru, emiliano zapata, pancho villa, benito juárez,
benito juarez, miguel hidalgo, rosa luxemburg, sophie scholl, claus von stauffenberg,
oskar schindler, raoul wallenberg, dietrich bonhoeffer, georges pompidou, françois mitterrand,
francois mitterrand, jacques chirac, valéry giscard d'estaing, maximilien robespierre,
robespierre, georges danton, jean jaurès, jean jaures, léon blum, jean moulin,
neville chamberlain, clement attlee, pope john paul ii, benedict xvi, pope benedict xvi,
pope francis, mother teresa, erasmus, erasmus of rotterdam, william of orange,
willem van oranje, johan de witt, michiel de ruyter, rembrandt van rijn, johannes vermeer,
piet mondriaan, piet mondrian, m. c. escher, hieronymus bosch, pieter bruegel,
peter paul rubens, anthony van dyck, baruch spinoza, hugo grotius, christiaan huygens,
antonie van leeuwenhoek, abel tasman, multatuli, gottfried wilhelm leibniz, edmond halley,
william herschel, tycho brahe, andreas vesalius, amedeo avogadro, joseph lister,
ignaz semmelweis, rudolf virchow, paul ehrlich, emil von behring, santiago ramón y cajal,
santiago ramon y cajal, severo ochoa, camillo golgi, guglielmo marconi,
evangelista torricelli, luigi galvani, rita levi-montalcini, maria montessori,
ettore majorana, fritz haber, gustav kirchhoff, robert bunsen, hermann von helmholtz,
bernhard riemann, david hilbert, georg cantor, évariste galois, evariste galois,
henri poincaré, henri poincare, joseph fourier, pierre-simon laplace, joseph-louis lagrange,
augustin-louis cauchy, pierre de fermat, andré-marie ampère, andre-marie ampere,
louis braille, jacques cousteau, alexander von humboldt, wilhelm von humboldt, peter higgs,
vera rubin, paul erdős, paul erdos, sophie germain, hypatia, euclid, pythagoras, ptolemy,
al-khwarizmi, avicenna, averroes, ibn khaldun, omar khayyam, william faulkner,
f. scott fitzgerald, scott fitzgerald, john steinbeck, toni morrison, maya angelou,
langston hughes, sylvia plath, walt whitman, herman melville, nathaniel hawthorne,
henry david thoreau, ralph waldo emerson, j. r. r. tolkien, j.r.r. tolkien, tolkien,
c. s. lewis, c.s. lewis, lewis carroll, roald dahl, charlotte brontë, charlotte bronte,
emily brontë, emily bronte, george eliot, rudyard kipling, h. g. wells, h.g. wells,
arthur conan doyle, j. d. salinger, harper lee, kurt vonnegut, ray bradbury, isaac asimov,
philip k. dick, terry pratchett, douglas adams, victor hugo, alexandre dumas,
honoré de balzac, honore de balzac, gustave flaubert, émile zola, emile zola, stendhal,
molière, moliere, jean racine, pierre corneille, charles baudelaire, arthur rimbaud,
paul verlaine, guy de maupassant, antoine de saint-exupéry, antoine de saint-exupery,
marguerite duras, thomas mann, hermann hesse, bertolt brecht, friedrich schiller,
heinrich heine, günter grass, gunter grass, rainer maria rilke, stefan zweig,
erich maria remarque, theodor fontane, gotthold ephraim lessing, jacob grimm, wilhelm grimm,
federico garcía lorca, federico garcia lorca, antonio machado, benito pérez galdós,
jorge luis borges, julio cortázar, julio cortazar, octavio paz, mario vargas llosa,
gabriela mistral, fernando pessoa, luís de camões, luis de camoes, josé saramago,
jose saramago, eça de queirós, eca de queiros, machado de assis, jorge amado,
clarice lispector, carlos drummond de andrade, alessandro manzoni, giacomo leopardi,
luigi pirandello, italo calvino, primo levi, cesare pavese, elsa morante, giovanni boccaccio,
francesco petrarca, petrarch, alberto moravia, joost van den vondel, harry mulisch,
anton chekhov, alexander pushkin, nikolai gogol, ivan turgenev, boris pasternak,
aleksandr solzhenitsyn, vladimir nabokov, virgil, ovid, sophocles, euripides, aeschylus,
raphael, titian, caravaggio, sandro botticelli, giotto, donatello, gian lorenzo bernini,
francisco goya, francisco de goya, diego velázquez, diego velazquez, el greco, joan miró,
joan miro, antoni gaudí, antoni gaudi, paul gauguin, édouard manet, edouard manet,
edgar degas, henri de toulouse-lautrec, auguste rodin, georges seurat, marc chagall,
wassily kandinsky, paul klee, egon schiele, caspar david friedrich, albrecht dürer,
albrecht durer, jackson pollock, mark rothko, georgia o'keeffe, jean-michel basquiat,
keith haring, johann strauss, johannes brahms, franz schubert, robert schumann,
felix mendelssohn, georg friedrich händel, george frideric handel, antonio vivaldi,
giacomo puccini, gioachino rossini, pyotr ilyich tchaikovsky, igor stravinsky,
sergei rachmaninoff, maurice ravel, franz liszt, edith piaf, jacques brel, serge gainsbourg,
charles aznavour, freddie mercury, david bowie, whitney houston, amy winehouse, kurt cobain,
bob marley, frank sinatra, louis armstrong, john coltrane, ella fitzgerald, billie holiday,
aretha franklin, janis joplin, buddy holly, tina turner, carlos gardel, antonio carlos jobim,
tom jobim, vinicius de moraes, elis regina, amália rodrigues, amalia rodrigues,
luciano pavarotti, maria callas, enrico caruso, alfred hitchcock, stanley kubrick,
federico fellini, ingmar bergman, akira kurosawa, orson welles, marilyn monroe,
audrey hepburn, humphrey bogart, marlon brando, buster keaton, greta garbo, marlene dietrich,
romy schneider, rainer werner fassbinder, luis buñuel, luis bunuel, pier paolo pasolini,
heath ledger, gene wilder, bruce lee, sean connery, alain delon, jean-paul belmondo, pelé,
pele, diego maradona, johan cruyff, ayrton senna, kobe bryant, eusébio, eusebio,
franz beckenbauer, gerd müller, jesse owens, babe ruth, niki lauda, garrincha, gautama buddha,
laozi, lao tzu, thomas aquinas, augustine of hippo, saint augustine, francis of assisi,
teresa of ávila, ignatius of loyola, georg wilhelm friedrich hegel, arthur schopenhauer,
john stuart mill, jeremy bentham, thomas hobbes, montesquieu, denis diderot, michel foucault,
jacques derrida, gilles deleuze, claude lévi-strauss, émile durkheim, emile durkheim,
friedrich engels, martin heidegger, edmund husserl, karl popper, ayn rand, seneca,
marcus aurelius, cicero, epicurus, diogenes, heraclitus, thales, roald amundsen,
ernest shackleton, robert falcon scott, amerigo vespucci, juan sebastián elcano, ibn battuta,
zheng he, leif erikson, steve jobs, andrew carnegie, john d. rockefeller, robert noyce,
cristóbal colón, cristobal colon, cristoforo colombo, christophe colomb, christoph kolumbus,
karl der große, jeanne d'arc, juana de arco, giovanna d'arco, napoléon bonaparte,
napoleone bonaparte, carlos v, felipe ii
""".replace("\n", " ").split(",") if name.strip())

FICTIONAL_CHARACTERS = frozenset(name.strip() for name in """
harry potter, hermione granger, ron weasley, ginny weasley, albus dumbledore, severus snape,
lord voldemort, tom riddle, draco malfoy, rubeus hagrid, sirius black, remus lupin,
minerva mcgonagall, luna lovegood, neville longbottom, bellatrix lestrange, sherlock holmes,
hercule poirot, miss marple, jules maigret, arsène lupin, arsene lupin, elizabeth bennet,
fitzwilliam darcy, mr darcy, jane eyre, mr rochester, heathcliff, catherine earnshaw,
jay gatsby, nick carraway, holden caulfield, atticus finch, scout finch, boo radley,
huckleberry finn, huck finn, tom sawyer, captain ahab, don quixote, sancho panza, dulcinea,
frodo baggins, bilbo baggins, samwise gamgee, gandalf, aragorn, legolas, gollum, sauron,
luke skywalker, darth vader, han solo, princess leia, leia organa, obi-wan kenobi, yoda,
james bond, indiana jones, forrest gump, jesse pinkman, saul goodman, tony soprano, don draper,
jon snow, daenerys targaryen, tyrion lannister, cersei lannister, arya stark, sansa stark,
ned stark, katniss everdeen, peeta mellark, bella swan, edward cullen, lisbeth salander,
beth harmon, ebenezer scrooge, oliver twist, david copperfield, miss havisham, anna karenina,
emma bovary, madame bovary, rodion raskolnikov, raskolnikov, jean valjean, javert, quasimodo,
d'artagnan, dorian gray, victor frankenstein, count dracula, dracula, peter pan, captain hook,
wendy darling, mary poppins, willy wonka, charlie bucket, matilda wormwood, hannibal lecter,
clarice starling, marty mcfly, rick deckard, homer simpson, marge simpson, bart simpson,
lisa simpson, mickey mouse, donald duck, winnie the pooh, sheldon cooper, ross geller,
monica geller, chandler bing, joey tribbiani, phoebe buffay, dwight schrute, jim halpert,
leslie knope, ted lasso, fox mulder, dana scully, jason bourne, lara croft, geralt of rivia,
james t. kirk, captain kirk, jean-luc picard, kathryn janeway, hari seldon, paul atreides,
gregor samsa, dr jekyll, mr hyde, patrick bateman, pippi longstocking, pippi langstrumpf,
nils holgersson, asterix, obelix, tintin, salvo montalbano, lazarillo de tormes, hamlet,
macbeth, lady macbeth, king lear, othello, falstaff, lemuel gulliver, robinson crusoe,
long john silver, phileas fogg, captain nemo, scarlett o'hara, rhett butler, vito corleone,
michael corleone, don corleone, rocky balboa, john rambo, travis bickle, norman bates,
clarissa dalloway, mrs dalloway, leopold bloom, stephen dedalus, humbert humbert,
holly golightly, bridget jones, carrie bradshaw, rick sanchez, morty smith, bojack horseman,
spongebob squarepants, buzz lightyear, lightning mcqueen, harley quinn, aslan, lucy pevensie,
edmund pevensie, mr tumnus, walter white, skyler white, gregory house, meredith grey,
derek shepherd, hans castorp, marguerite gautier, ivan ilyich, beth march, gatsby, sherlock,
poirot, dumbledore, voldemort, hermione, katniss,
frodo
""".replace("\n", " ").split(",") if name.strip())

POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019])$")


def is_public_name(words: Sequence[str]) -> bool:
    """Whether the name written as *words* ("Alan", "Turing's") is a listed public figure or
    fictional character."""
    name = " ".join(words).lower()
    bare = POSSESSIVE.sub(lambda m: "s" if m.group().startswith("s") else "", name)
    return any(n in PUBLIC_FIGURES or n in FICTIONAL_CHARACTERS for n in (name, bare))

