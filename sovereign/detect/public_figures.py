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
dennis ritchie, linus pauling, john mccarthy, edsger dijkstra, konrad zuse
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
edmund pevensie, mr tumnus, gatsby, sherlock, poirot, dumbledore, voldemort, hermione, katniss,
frodo
""".replace("\n", " ").split(",") if name.strip())

POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019])$")


def is_public_name(words: Sequence[str]) -> bool:
    """Whether the name written as *words* ("Alan", "Turing's") is a listed public figure or
    fictional character."""
    name = " ".join(words).lower()
    bare = POSSESSIVE.sub(lambda m: "s" if m.group().startswith("s") else "", name)
    return any(n in PUBLIC_FIGURES or n in FICTIONAL_CHARACTERS for n in (name, bare))

