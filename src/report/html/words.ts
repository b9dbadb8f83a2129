// Every word of the HTML bulletin meant for a person: the catalogue's, in the run's language.
import { section } from '../../words/words.js';

export const WORDS = section('html');

export const STATUS_LABEL = section('status');
