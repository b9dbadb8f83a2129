// The roster's words for a person: the catalogue's, in the run's language.
import { section } from '../words/words.js';

export const ROSTER_WORDS = section('roster');
