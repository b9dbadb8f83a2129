// Bytes pulled through one of the web's transform streams (DecompressionStream, CompressionStream),
// one chunk at a time: the stream asks for the next input chunk only when it wants one, and a
// consumer that stops early (a `break`, a bound crossed) cancels the stream and the input with it.

/** `input` through `transform`, its output chunks as they come. */
export async function* throughWebStream(
  input: AsyncIterable<Uint8Array>,
  transform: TransformStream<Uint8Array, Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const pulled = input[Symbol.asyncIterator]();
  const source = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pulled.next();
      if (next.done === true) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await pulled.return?.();
    },
  });
  const reader = source.pipeThrough(transform).getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Stopped early (a bound crossed, damaged data): the stream and the input behind it are let go.
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
