import { calendarCases } from '../cases/calendars';
import { runTable } from '../support/table';

runTable('Calendars & Appointments operations', calendarCases);
