// FullCalendar core + daygrid + list, as a page would use it for a meeting calendar.
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';

export function mount(el, events) {
  const calendar = new Calendar(el, { plugins: [dayGridPlugin, listPlugin], initialView: 'listMonth', events });
  calendar.render();
  return calendar;
}
