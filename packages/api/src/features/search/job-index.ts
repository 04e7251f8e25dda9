import { positionOf, weightOf, WEIGHT, type Positions, type Query } from "./text-search";

/** What the index keeps of a published job besides its lexemes: what filters and orders read. */
export interface IndexedJob {
  id: number;
  /** Epoch ms; Infinity when the job has no closing date. */
  validThrough: number;
  postedAt: number;
  categoryId: number;
  companyId: number;
  seniority: string;
  employmentType: string;
  remote: string;
  salaryMinUsd: number | null;
  salaryMaxUsd: number | null;
  /** Epoch ms; 0 when not featured. */
  featuredUntil: number;
  /** Lower-case, as stored. */
  tags: string[];
  locationIds: number[];
}

/** How hits are ordered; each has its key, then the job id as tie-breaker (as the SQL sorts do). */
export type HitOrder = "relevance" | "posted" | "salary-desc" | "salary-asc";

export interface PageRequest {
  size: number;
  /** Hits strictly after (or, backward, before) this one in the order. */
  cursor: { key: number; id: number } | null;
  backward: boolean;
  direction: "ASC" | "DESC";
}

/**
 * What a search keeps besides its words: JobCriteria's filters with slugs resolved to ids and salaries to US
 * dollars. Each list in `categories` and `companies` must hold the job's (they are ANDed, as in SQL); `nothing`:
 * a filter named only unknown slugs, so nothing matches.
 */
export interface IndexFilter {
  nothing: boolean;
  categories: readonly (readonly number[])[];
  companies: readonly (readonly number[])[];
  locations: readonly number[] | null;
  seniorities: readonly string[] | null;
  employmentTypes: readonly string[] | null;
  remote: readonly string[] | null;
  /** Lower case. */
  tags: readonly string[] | null;
  excludeIds: readonly number[] | null;
  salaryMinUsd: number | null;
  postedAfter: number | null;
  featured: boolean | null;
}

export interface Hit {
  id: number;
  key: number;
}

export interface RankedPage {
  hits: Hit[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Every match, not only the page's. */
  total: number;
}

/** Open jobs per category, as of an index version, good until the earliest closing time among them. */
interface Tally {
  version: number;
  until: number;
  byCategory: Map<number, number>;
  all: number;
}

/** One lexeme's postings: the slots of the documents holding it (ascending), and each one's positions. */
class Postings {
  slots = new Int32Array(4);
  /** Posting i's positions are positions[starts[i] .. starts[i + 1]). */
  starts = new Uint32Array(5);
  positions = new Uint16Array(8);
  /** Posting i's term frequency score (fields weighted and saturated, see `termFrequency`), in thousandths. */
  tf = new Uint16Array(4);
  n = 0;

  add(slot: number, positions: Positions): void {
    if (this.n + 1 >= this.slots.length) {
      this.slots = grow(this.slots, this.slots.length * 2);
      this.starts = grow(this.starts, this.starts.length * 2);
      this.tf = grow(this.tf, this.tf.length * 2);
    }
    this.tf[this.n] = Math.round(termFrequency(positions) * 1000);
    const start = this.starts[this.n];
    const count = Math.max(positions.length, 1);
    if (start + count > this.positions.length) this.positions = grow(this.positions, Math.max(this.positions.length * 2, start + count));
    if (positions.length) this.positions.set(positions, start);
    else this.positions[start] = WEIGHT.D << 14; // a lexeme without positions still counts once
    this.slots[this.n] = slot;
    this.starts[this.n + 1] = start + count;
    this.n++;
  }

  /** Keeps only the postings whose slots `remap` maps to a new slot (>= 0), renumbered. */
  compact(remap: Int32Array): void {
    let out = 0;
    let outPos = 0;
    for (let i = 0; i < this.n; i++) {
      const slot = remap[this.slots[i]];
      if (slot < 0) continue;
      const from = this.starts[i];
      const to = this.starts[i + 1];
      this.positions.copyWithin(outPos, from, to);
      this.slots[out] = slot;
      this.tf[out] = this.tf[i];
      this.starts[out] = outPos;
      outPos += to - from;
      out++;
    }
    this.n = out;
    this.starts[out] = outPos;
    this.trim();
  }

  /** Frees the slack that doubling left. */
  trim(): void {
    this.slots = this.slots.slice(0, this.n + 1);
    this.tf = this.tf.slice(0, this.n + 1);
    this.starts = this.starts.slice(0, this.n + 1);
    this.positions = this.positions.slice(0, this.starts[this.n]);
  }

  bytes(): number {
    return this.slots.byteLength + this.starts.byteLength + this.positions.byteLength + this.tf.byteLength;
  }
}

/** A copy of `array`, longer. */
function grow<
  T extends
    Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer> | Float64Array<ArrayBuffer>,
>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/** Saturating term frequency (BM25's, k1 = 1.2): the fifth mention adds less than the second. */
const saturate = (n: number) => (n * 2.2) / (n + 1.2);

/** How much a word in each part of a job counts against one in its description. */
const TITLE_WEIGHT = 10;
const COMPANY_OR_TAG_WEIGHT = 4;

/** How often a word appears in each field of a job, weighted by field, each field saturating. */
function termFrequency(positions: Positions): number {
  if (!positions.length) return 1;
  let title = 0;
  let companyOrTags = 0;
  let description = 0;
  for (const packed of positions) {
    const weight = weightOf(packed);
    if (weight === WEIGHT.A) title++;
    else if (weight === WEIGHT.B) companyOrTags++;
    else description++;
  }
  return TITLE_WEIGHT * saturate(title) + COMPANY_OR_TAG_WEIGHT * saturate(companyOrTags) + saturate(description);
}

/** Adjacent query words found side by side: worth this much more in a title than elsewhere. */
const ADJACENT_IN_TITLE = 8;
const ADJACENT_ELSEWHERE = 2;

/**
 * An inverted index of published jobs, in one process's memory: per lexeme, the documents that hold
 * it with their positions (so phrases match exactly as Postgres's `<->` does), and per document the
 * attributes filters and orders read. Documents live in slots; replacing or removing one leaves a
 * dead slot until `compact` renumbers them.
 *
 * Matching is Postgres's (`search_vector @@ tsquery`); ranking is BM25-like over fields (title above
 * company and tags above description) with a bonus for the query's words side by side, which is
 * what ranks an exact phrase above the same words scattered.
 */
export class JobIndex {
  private docs: (IndexedJob | undefined)[] = [];
  /** What the hot loops read of each slot's job, one typed array per field. */
  private columns = new Columns(1024);
  /** Seniorities, employment types and remote policies as small numbers, for the columns. */
  private readonly codes = new Map<string, number>();
  private readonly slotOf = new Map<number, number>();
  private readonly postings = new Map<string, Postings>();
  private dead = 0;
  /** Bumped by every change to the index: a tally of an older version is stale. */
  private version = 0;
  private tally: Tally | null = null;

  get size(): number {
    return this.slotOf.size;
  }

  /** Adds a job, or replaces the one with its id. */
  put(job: IndexedJob, lexemes: Map<string, Positions>): void {
    this.remove(job.id);
    this.version++;
    const slot = this.docs.length;
    this.docs.push(job);
    if (slot >= this.columns.size) this.columns = this.columns.resized(this.columns.size * 2);
    this.columns.set(slot, job, (value) => this.code(value));
    this.slotOf.set(job.id, slot);
    for (const [lexeme, positions] of lexemes) {
      let postings = this.postings.get(lexeme);
      if (!postings) this.postings.set(lexeme, (postings = new Postings()));
      postings.add(slot, positions);
    }
  }

  remove(id: number): void {
    const slot = this.slotOf.get(id);
    if (slot == null) return;
    this.version++;
    this.docs[slot] = undefined;
    this.columns.alive[slot] = 0;
    this.slotOf.delete(id);
    this.dead++;
  }

  /** Whether dead slots (replaced, removed or closed jobs) have grown to a third of all slots. */
  needsCompaction(): boolean {
    return this.dead > 1000 && this.dead * 3 > this.docs.length;
  }

  /** Renumbers the slots without the dead ones and the jobs whose closing date has passed. */
  compact(now = Date.now()): void {
    this.version++;
    const remap = new Int32Array(this.docs.length).fill(-1);
    const docs: IndexedJob[] = [];
    for (let slot = 0; slot < this.docs.length; slot++) {
      const job = this.docs[slot];
      if (!job) continue;
      if (job.validThrough <= now) {
        this.slotOf.delete(job.id);
        continue;
      }
      remap[slot] = docs.length;
      this.slotOf.set(job.id, docs.length);
      docs.push(job);
    }
    this.docs = docs;
    this.columns = new Columns(Math.max(1024, docs.length * 2));
    docs.forEach((job, slot) => this.columns.set(slot, job, (value) => this.code(value)));
    this.dead = 0;
    for (const [lexeme, postings] of this.postings) {
      postings.compact(remap);
      if (postings.n === 0) this.postings.delete(lexeme);
    }
  }

  /** Frees the slack left by growing arrays (after a bulk load). */
  trim(): void {
    for (const postings of this.postings.values()) postings.trim();
  }

  /** Bytes held in the per-slot columns (typed arrays), for the memory report. */
  columnBytes(): number {
    return this.columns.bytes();
  }

  /** Bytes held in postings (typed arrays), for the memory report. */
  postingBytes(): number {
    let bytes = 0;
    for (const postings of this.postings.values()) bytes += postings.bytes();
    return bytes;
  }

  /**
   * How many jobs are open at `now` in any of `categoryIds` (null: in every category): what `count(*)` of
   * LIVE_JOB jobs in those categories says. One pass over the typed arrays counts every category at once;
   * the tally serves until the index changes or the first counted job's closing time comes.
   */
  countOpen(categoryIds: readonly number[] | null, now = Date.now()): number {
    let tally = this.tally;
    if (!tally || tally.version !== this.version || now >= tally.until) tally = this.tally = this.recount(now);
    if (!categoryIds) return tally.all;
    let n = 0;
    for (const id of new Set(categoryIds)) n += tally.byCategory.get(id) ?? 0;
    return n;
  }

  private recount(now: number): Tally {
    const { alive, closes, category: categoryOf } = this.columns;
    const byCategory = new Map<number, number>();
    let all = 0;
    let until = Infinity;
    for (let slot = 0, end = this.docs.length; slot < end; slot++) {
      const closesAt = closes[slot];
      if (!alive[slot] || closesAt <= now) continue;
      all++;
      const category = categoryOf[slot];
      byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
      if (closesAt < until) until = closesAt;
    }
    return { version: this.version, until, byCategory, all };
  }

  /**
   * A page of the jobs matching `query` (null: every job) that `accept` keeps and are open at `now`,
   * in `order`, and how many match in all.
   */
  search(query: Query | null, filter: IndexFilter | null, order: HitOrder, page: PageRequest, now = Date.now()): RankedPage {
    const accept = filter && this.predicate(filter, now);
    const slots = query ? this.match(query) : this.allSlots();
    const relevance = order === "relevance" && query != null;
    const terms = relevance ? this.scoringTerms(query) : [];
    // Each term's walk down its postings, in step with `slots` (read from the highest slot down, so
    // that among equal keys the newer job, with the higher id, usually comes first and the page fills fast).
    const cursors = Int32Array.from(terms, (t) => t.postings.n - 1);
    // The most the side-by-side bonus can add: a hit whose score without it is lower than the page's
    // last by more than this cannot make the page, and its positions are never read.
    let maxBonus = 0;
    for (let t = 1; t < terms.length; t++) maxBonus += ADJACENT_IN_TITLE * ((terms[t - 1].idf + terms[t].idf) / 2);
    const desc = page.direction === "DESC";
    // Read forwards, the page is the best `size + 1` hits after the cursor; backwards, the `size + 1`
    // closest before it, in the opposite order.
    const forwards = desc !== page.backward;
    const sign = forwards ? 1 : -1; // hits compare by sign * key, then sign * id, highest first
    const cursor = page.cursor;
    const cursorKey = cursor ? sign * cursor.key : 0;
    const cursorId = cursor ? sign * cursor.id : 0;
    const top: Hit[] = [];
    const keep = page.size + 1;
    // The page's last hit so far (signed): a hit must beat it to get in once the page is full.
    let lastKey = -Infinity;
    let lastId = -Infinity;
    let total = 0;

    const { alive, closes, id: idOf } = this.columns;
    for (let i = slots.length - 1; i >= 0; i--) {
      const slot = slots[i];
      if (!alive[slot] || closes[slot] <= now) continue;
      if (accept && !accept(slot)) continue;
      total++;
      let key: number;
      if (relevance) {
        key = this.baseScore(slot, terms, cursors);
        // Only a forwards page (best first) can skip: the bonus can only raise a score.
        if (forwards && top.length === keep && key + maxBonus < lastKey) continue;
        if (maxBonus) key += this.bonus(terms, cursors, slot);
      } else {
        key = this.columns.key(slot, order as Exclude<HitOrder, "relevance">);
      }
      const k = sign * key;
      const jobId = idOf[slot];
      const id = sign * jobId;
      if (cursor && !(k < cursorKey || (k === cursorKey && id < cursorId))) continue; // only hits after the cursor
      if (top.length === keep && !(k > lastKey || (k === lastKey && id > lastId))) continue;
      let at = top.length === keep ? keep - 1 : top.length;
      while (at > 0) {
        const prev = top[at - 1];
        const pk = sign * prev.key;
        if (k > pk || (k === pk && id > sign * prev.id)) at--;
        else break;
      }
      top.splice(at, 0, { id: jobId, key });
      if (top.length > keep) top.pop();
      if (top.length === keep) {
        lastKey = sign * top[keep - 1].key;
        lastId = sign * top[keep - 1].id;
      }
    }

    const more = top.length > page.size;
    const hits = top.slice(0, page.size);
    if (page.backward) hits.reverse();
    return {
      hits,
      hasNextPage: page.backward ? cursor != null : more,
      hasPreviousPage: page.backward ? more : cursor != null,
      total,
    };
  }

  /** A small number for an enum value (1, 2, ...), the same for the index's life. */
  private code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) this.codes.set(value, (code = this.codes.size + 1));
    return code;
  }

  /**
   * The filter as a test on a slot, reading only the columns (a broad search tests tens of thousands of
   * jobs; a job's document is read only for its locations and tags); null when it tests nothing.
   */
  private predicate(f: IndexFilter, now: number): ((slot: number) => boolean) | null {
    if (f.nothing) return () => false;
    const codes = (values: readonly string[] | null) => values && new Set(values.map((v) => this.codes.get(v) ?? -1));
    const sets = (lists: readonly (readonly number[])[]) => lists.map((list) => new Set(list));
    const categories = sets(f.categories);
    const companies = sets(f.companies);
    const seniorities = codes(f.seniorities);
    const employmentTypes = codes(f.employmentTypes);
    const remote = codes(f.remote);
    const locations = f.locations && new Set(f.locations);
    const tags = f.tags && new Set(f.tags);
    const excluded = f.excludeIds && new Set(f.excludeIds);
    const { salaryMinUsd, postedAfter, featured } = f;
    const tests =
      categories.length +
      companies.length +
      (seniorities ? 1 : 0) +
      (employmentTypes ? 1 : 0) +
      (remote ? 1 : 0) +
      (locations ? 1 : 0) +
      (tags ? 1 : 0) +
      (excluded ? 1 : 0) +
      (salaryMinUsd != null ? 1 : 0) +
      (postedAfter != null ? 1 : 0) +
      (featured != null ? 1 : 0);
    if (!tests) return null;
    const c = this.columns;
    const docs = this.docs;
    return (slot) => {
      for (const set of categories) if (!set.has(c.category[slot])) return false;
      for (const set of companies) if (!set.has(c.company[slot])) return false;
      if (seniorities && !seniorities.has(c.seniority[slot])) return false;
      if (employmentTypes && !employmentTypes.has(c.employment[slot])) return false;
      if (remote && !remote.has(c.remote[slot])) return false;
      if (salaryMinUsd != null && !(c.salaryTop[slot] >= salaryMinUsd)) return false;
      if (postedAfter != null && c.posted[slot] < postedAfter) return false;
      if (featured != null && c.featuredUntil[slot] > now !== featured) return false;
      if (excluded && excluded.has(c.id[slot])) return false;
      if (locations && !anyIn(docs[slot]!.locationIds, locations)) return false;
      if (tags && !anyIn(docs[slot]!.tags, tags)) return false;
      return true;
    };
  }

  // -- matching ---------------------------------------------------------------------------

  private allSlots(): Int32Array {
    const slots = new Int32Array(this.slotOf.size);
    let n = 0;
    const { alive } = this.columns;
    for (let slot = 0; slot < this.docs.length; slot++) if (alive[slot]) slots[n++] = slot;
    return slots;
  }

  /** The live slots holding a lexeme, ascending. */
  /** The slots holding a lexeme, ascending, as a view of its postings (dead ones too: `search` skips them). */
  private lexemeSlots(lexeme: string): Int32Array {
    const postings = this.postings.get(lexeme);
    return postings ? postings.slots.subarray(0, postings.n) : new Int32Array(0);
  }

  /** The slots matching a query, ascending; dead ones may be among them, except under a `not` (allSlots is live). */
  private match(query: Query): Int32Array {
    switch (query.op) {
      case "lexeme":
        return this.lexemeSlots(query.lexeme);
      case "not":
        return difference(this.allSlots(), this.match(query.arg));
      case "and":
        if (query.right.op === "not") return difference(this.match(query.left), this.match(query.right.arg));
        if (query.left.op === "not") return difference(this.match(query.right), this.match(query.left.arg));
        return intersect(this.match(query.left), this.match(query.right));
      case "or":
        return union(this.match(query.left), this.match(query.right));
      case "phrase": {
        const chain = phraseChain(query);
        if (chain) return this.matchChain(chain);
        const candidates = intersect(this.match(query.left), this.match(query.right));
        const out = new Int32Array(candidates.length);
        let n = 0;
        for (let i = 0; i < candidates.length; i++) if (this.phraseEnds(query, candidates[i]).length) out[n++] = candidates[i];
        return out.subarray(0, n);
      }
    }
  }

  /**
   * The live slots holding a chain of words at fixed distances (`"machine learning engineer"`):
   * walks the words' postings in step and compares positions in place.
   */
  private matchChain(chain: { lexeme: string; offset: number }[]): Int32Array {
    const postings = chain.map((c) => this.postings.get(c.lexeme));
    if (postings.some((p) => !p)) return new Int32Array(0);
    const lists = postings as Postings[];
    let candidates = this.lexemeSlots(chain[0].lexeme);
    for (let k = 1; k < chain.length; k++) candidates = intersect(candidates, this.lexemeSlots(chain[k].lexeme));
    const at = new Int32Array(lists.length);
    const out = new Int32Array(candidates.length);
    let n = 0;
    for (let c = 0; c < candidates.length; c++) {
      const slot = candidates[c];
      for (let k = 0; k < lists.length; k++) {
        let i = at[k];
        while (lists[k].slots[i] < slot) i++;
        at[k] = i;
      }
      const first = lists[0];
      let found = false;
      for (let a = first.starts[at[0]]; a < first.starts[at[0] + 1] && !found; a++) {
        const start = positionOf(first.positions[a]);
        found = true;
        for (let k = 1; k < lists.length && found; k++) {
          const list = lists[k];
          const want = start + chain[k].offset;
          found = false;
          for (let b = list.starts[at[k]]; b < list.starts[at[k] + 1]; b++) {
            if (positionOf(list.positions[b]) === want) {
              found = true;
              break;
            }
          }
        }
      }
      if (found) out[n++] = slot;
    }
    return out.subarray(0, n);
  }

  /** Where in a document a phrase (or one lexeme) ends, as Postgres's phrase search counts. */
  private phraseEnds(query: Query, slot: number): number[] {
    switch (query.op) {
      case "lexeme":
        return this.positionsIn(query.lexeme, slot);
      case "phrase": {
        const left = this.phraseEnds(query.left, slot);
        if (!left.length) return [];
        return this.phraseEnds(query.right, slot).filter((end) => left.includes(end - query.distance));
      }
      case "or":
        return [...new Set([...this.phraseEnds(query.left, slot), ...this.phraseEnds(query.right, slot)])];
      default:
        // `!` and `&` inside a phrase: websearch_to_tsquery never writes them. Match as Postgres
        // would for `&` (both present, at the right operand's positions), and treat `!x` as no position.
        return query.op === "and" && this.phraseEnds(query.left, slot).length ? this.phraseEnds(query.right, slot) : [];
    }
  }

  /** A lexeme's positions (without weights) in one document. */
  private positionsIn(lexeme: string, slot: number): number[] {
    const postings = this.postings.get(lexeme);
    if (!postings) return [];
    const i = findSlot(postings.slots, postings.n, slot);
    if (i < 0) return [];
    const out: number[] = [];
    for (let p = postings.starts[i]; p < postings.starts[i + 1]; p++) out.push(positionOf(postings.positions[p]));
    return out;
  }

  // -- ranking ----------------------------------------------------------------------------

  /** The query's words that count toward relevance (not those it excludes), once each, in the order typed. */
  private scoringTerms(query: Query): ScoringTerm[] {
    const lexemes: string[] = [];
    const walk = (q: Query) => {
      if (q.op === "lexeme") {
        if (!lexemes.includes(q.lexeme)) lexemes.push(q.lexeme);
      } else if (q.op !== "not") {
        walk(q.left);
        walk(q.right);
      }
    };
    walk(query);
    const n = this.slotOf.size;
    return lexemes.flatMap((lexeme) => {
      const postings = this.postings.get(lexeme);
      if (!postings) return [];
      let df = 0;
      for (let i = 0; i < postings.n; i++) df += this.columns.alive[postings.slots[i]];
      return [{ postings, idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)) }];
    });
  }

  /**
   * A document's relevance without the side-by-side bonus: for each query word, its inverse document
   * frequency times its term frequency (`termFrequency`). `cursors` walk each word's postings in step
   * with the descending slots the caller scores, so no lookup searches; afterwards cursors[t] is the
   * word's posting for this document, if it has one.
   */
  private baseScore(slot: number, terms: ScoringTerm[], cursors: Int32Array): number {
    let score = 0;
    for (let t = 0; t < terms.length; t++) {
      const { postings, idf } = terms[t];
      let i = cursors[t];
      const slots = postings.slots;
      while (i >= 0 && slots[i] > slot) i--;
      cursors[t] = i;
      if (i >= 0 && slots[i] === slot) score += idf * postings.tf[i] * 0.001;
    }
    return score;
  }

  /** For each pair of consecutive query words the document has side by side, a bonus (most in a title). */
  private bonus(terms: ScoringTerm[], cursors: Int32Array, slot: number): number {
    let bonus = 0;
    for (let t = 1; t < terms.length; t++) {
      const left = terms[t - 1];
      const right = terms[t];
      const l = cursors[t - 1];
      const r = cursors[t];
      if (l < 0 || r < 0 || left.postings.slots[l] !== slot || right.postings.slots[r] !== slot) continue;
      bonus += adjacencyBonus(left.postings, l, right.postings, r) * ((left.idf + right.idf) / 2);
    }
    return bonus;
  }
}

interface ScoringTerm {
  postings: Postings;
  idf: number;
}

/** The bonus weight for two words side by side in one document: postings `l` of `left`, `r` of `right`. */
function adjacencyBonus(left: Postings, l: number, right: Postings, r: number): number {
  let best = 0;
  for (let b = right.starts[r]; b < right.starts[r + 1]; b++) {
    const rp = right.positions[b];
    for (let a = left.starts[l]; a < left.starts[l + 1]; a++) {
      const lp = left.positions[a];
      if (positionOf(rp) - positionOf(lp) !== 1) continue;
      const weight = weightOf(lp) === WEIGHT.A && weightOf(rp) === WEIGHT.A ? ADJACENT_IN_TITLE : ADJACENT_ELSEWHERE;
      if (weight > best) best = weight;
    }
  }
  return best;
}

/** A phrase of plain words, read left to right (`'a' <-> 'b' <2> 'c'`), as words at offsets from the first; else null. */
function phraseChain(query: Query): { lexeme: string; offset: number }[] | null {
  if (query.op === "lexeme") return [{ lexeme: query.lexeme, offset: 0 }];
  if (query.op !== "phrase" || query.right.op !== "lexeme") return null;
  const left = phraseChain(query.left);
  if (!left) return null;
  return [...left, { lexeme: query.right.lexeme, offset: left[left.length - 1].offset + query.distance }];
}

/** Whether any of `values` is in `set` (a loop: no closure per job). */
function anyIn<T>(values: readonly T[], set: Set<T>): boolean {
  for (let i = 0; i < values.length; i++) if (set.has(values[i])) return true;
  return false;
}

/**
 * The fields of each slot's job that searches and counts read, one typed array per field: a loop over
 * thousands of matches reads a few bytes of each, never a job's object.
 */
class Columns {
  /** 1 while the slot's job is in the index. */
  readonly alive: Uint8Array<ArrayBuffer>;
  /** Closing time, epoch ms (Infinity: none). */
  readonly closes: Float64Array<ArrayBuffer>;
  readonly id: Int32Array<ArrayBuffer>;
  readonly category: Int32Array<ArrayBuffer>;
  readonly company: Int32Array<ArrayBuffer>;
  /** Enum values as JobIndex's codes. */
  readonly seniority: Uint16Array<ArrayBuffer>;
  readonly employment: Uint16Array<ArrayBuffer>;
  readonly remote: Uint16Array<ArrayBuffer>;
  /** US dollars a year; NaN for none. */
  readonly salaryMin: Float64Array<ArrayBuffer>;
  readonly salaryMax: Float64Array<ArrayBuffer>;
  /** The top of the range, or its bottom when it has no top, or NaN: what salaryMin filters compare. */
  readonly salaryTop: Float64Array<ArrayBuffer>;
  readonly posted: Float64Array<ArrayBuffer>;
  readonly featuredUntil: Float64Array<ArrayBuffer>;

  constructor(readonly size: number) {
    this.alive = new Uint8Array(size);
    this.closes = new Float64Array(size);
    this.id = new Int32Array(size);
    this.category = new Int32Array(size);
    this.company = new Int32Array(size);
    this.seniority = new Uint16Array(size);
    this.employment = new Uint16Array(size);
    this.remote = new Uint16Array(size);
    this.salaryMin = new Float64Array(size);
    this.salaryMax = new Float64Array(size);
    this.salaryTop = new Float64Array(size);
    this.posted = new Float64Array(size);
    this.featuredUntil = new Float64Array(size);
  }

  bytes(): number {
    let bytes = 0;
    for (const array of Object.values(this)) if (ArrayBuffer.isView(array)) bytes += array.byteLength;
    return bytes;
  }

  /** A copy with room for `size` slots. */
  resized(size: number): Columns {
    const bigger = new Columns(size);
    for (const name of Object.keys(this) as (keyof Columns)[]) {
      const array = this[name];
      if (ArrayBuffer.isView(array)) (bigger[name] as typeof array).set(array);
    }
    return bigger;
  }

  set(slot: number, job: IndexedJob, code: (value: string) => number): void {
    this.alive[slot] = 1;
    this.closes[slot] = job.validThrough;
    this.id[slot] = job.id;
    this.category[slot] = job.categoryId;
    this.company[slot] = job.companyId;
    this.seniority[slot] = code(job.seniority);
    this.employment[slot] = code(job.employmentType);
    this.remote[slot] = code(job.remote);
    this.salaryMin[slot] = job.salaryMinUsd ?? NaN;
    this.salaryMax[slot] = job.salaryMaxUsd ?? NaN;
    this.salaryTop[slot] = job.salaryMaxUsd ?? job.salaryMinUsd ?? NaN;
    this.posted[slot] = job.postedAt;
    this.featuredUntil[slot] = job.featuredUntil;
  }

  /** The slot's sort key in `order`, as the SQL sorts compute it. */
  key(slot: number, order: Exclude<HitOrder, "relevance">): number {
    switch (order) {
      case "posted":
        return this.posted[slot];
      case "salary-desc": {
        const max = this.salaryMax[slot];
        return Number.isNaN(max) ? -1 : max;
      }
      case "salary-asc": {
        const min = this.salaryMin[slot];
        return Number.isNaN(min) ? 2147483647 : min;
      }
    }
  }
}

/** Index of `slot` in the first `n` ascending slots, or -1. */
function findSlot(slots: Int32Array, n: number, slot: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = slots[mid];
    if (v === slot) return mid;
    if (v < slot) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      out[n++] = a[i];
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return out.subarray(0, n);
}

function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out[n++] = a[i++];
    else if (i >= a.length || b[j] < a[i]) out[n++] = b[j++];
    else {
      out[n++] = a[i++];
      j++;
    }
  }
  return out.subarray(0, n);
}

function difference(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length);
  let n = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    while (j < b.length && b[j] < a[i]) j++;
    if (j < b.length && b[j] === a[i]) continue;
    out[n++] = a[i];
  }
  return out.subarray(0, n);
}
