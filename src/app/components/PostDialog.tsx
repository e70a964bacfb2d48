/** The source post of a question: its details and all its questions in the order asked. */
import { useMemo } from 'react';
import type { Post, Question } from '../../loader/types';
import { companyLabel, kindLabel, roundLabel, topicLabel } from '../i18n/labels';
import { useTranslate } from '../i18n/use-translate';
import type { Lang } from '../state/types';
import { evidenceTerms } from './evidence-terms';
import { HighlightedText } from './HighlightedText';
import { Modal } from './Modal';
import { outlinePost } from './post-outline';
import './post-dialog.css';

interface PostDialogProps {
  post: Post;
  questions: readonly Question[];
  lang: Lang;
  onClose: () => void;
}

export function PostDialog({ post, questions, lang, onClose }: PostDialogProps) {
  const t = useTranslate();
  const sections = useMemo(() => outlinePost(questions, post.id), [questions, post.id]);
  const count = sections.reduce((sum, section) => sum + section.questions.length, 0);
  const details = [companyLabel(post.company, lang), post.team, post.role, post.date].filter((part) => part !== '');

  return (
    <Modal
      title={post.title || t('post.untitled')}
      closeLabel={t('post.close')}
      onClose={onClose}
      attributes={{ 'data-dialog': 'post', 'data-post-id': post.id }}
    >
      <p className="post-details">{details.join(' · ')}</p>
      <p className="post-source">
        {t('post.source')}: <code>{post.source}</code>
      </p>
      <p className="post-count">{t('post.questions', { count })}</p>
      {sections.map((section, index) => (
        <section key={`${section.round}-${index}`} className="post-round">
          <h3>{roundLabel(section.round, lang)}</h3>
          <ol>
            {section.questions.map((question) => (
              <li key={question.id} data-question-id={question.id} value={question.seq}>
                <p className="post-question-text">
                  <HighlightedText text={question.text} terms={evidenceTerms(question)} />
                </p>
                <p className="post-question-meta">
                  <span>{kindLabel(question.kind, lang)}</span>
                  {question.topics.map((topic) => (
                    <span key={topic} className="topic-chip" data-topic={topic}>
                      {topicLabel(topic, lang)}
                    </span>
                  ))}
                  <span className="post-line">{t('post.line', { line: question.line })}</span>
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </Modal>
  );
}
