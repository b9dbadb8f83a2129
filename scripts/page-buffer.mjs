// Injected into the self-check page's bundle: the readers' byte handling and csv-parse use Node's
// Buffer, which a browser does not have.
export { Buffer } from 'buffer';
