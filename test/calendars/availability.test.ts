import { availabilityScheduleCases } from '../cases/availability-schedules';
import { runTable } from '../support/table';

runTable('Availability schedules', availabilityScheduleCases);
