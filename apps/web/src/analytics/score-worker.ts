/**
 * The web worker that scores a chart by PageRank or betweenness, so a big chart keeps answering
 * the user while it is scored.
 */
import { answerScoreRequest, type ScoreRequest } from './score-request';

self.onmessage = (event: MessageEvent<ScoreRequest>) => self.postMessage(answerScoreRequest(event.data));
