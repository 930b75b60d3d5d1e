/**
 * A CodeMirror editor for Cypher: highlighting, line numbers, undo history, bracket matching,
 * and Ctrl/Cmd+Enter to run. The text is owned by the editor; changes are reported upwards.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { cypherHighlighting } from './cypher-highlight';
import { cypherLanguage } from './cypher-language';

export interface CypherEditorProps {
  initialText: string;
  onChange: (text: string) => void;
  onRun: () => void;
}

export function CypherEditor({ initialText, onChange, onRun }: CypherEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  // The editor is built once; it calls the latest handlers through these.
  const handlers = useRef({ onChange, onRun });
  handlers.current = { onChange, onRun };
  const initial = useRef(initialText);

  useEffect(() => {
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initial.current,
        extensions: [
          Prec.highest(
            keymap.of([
              {
                key: 'Mod-Enter',
                run: () => {
                  handlers.current.onRun();
                  return true;
                },
              },
            ]),
          ),
          lineNumbers(),
          history(),
          indentOnInput(),
          bracketMatching(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          cypherLanguage,
          cypherHighlighting,
          placeholder('MATCH (p:Person)-[:OWNS]->(c:Company) RETURN p, c LIMIT 25'),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': 'Cypher query' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) handlers.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    return () => view.destroy();
  }, []);

  return <div ref={host} className="cypher-editor" data-testid="cypher-editor" />;
}
