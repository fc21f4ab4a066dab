import type { Trigger } from 'zapier-platform-core';
import fileCustomFieldDropdown from '../dropdowns/file-custom-fields';
import formDropdown from '../dropdowns/forms';
import surveyDropdown from '../dropdowns/surveys';
import newFormSubmission from './new-form-submission';
import newSurveySubmission from './new-survey-submission';

/** The Forms & Surveys triggers (beyond the catalog), then their hidden dropdown sources. */
export const forms: Trigger[] = [newFormSubmission, newSurveySubmission, formDropdown, surveyDropdown, fileCustomFieldDropdown];
