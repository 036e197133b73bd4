import type { Root } from 'fumadocs-core/page-tree';
import { describe, expect, it } from 'vitest';
import { createSidebarItems, createSiteNavigation, leadsTo, windowAround, type NavItem } from '@/lib/navigation';

const page = (name: string, url: string) => ({ type: 'page' as const, name, url });

// the site's shape: one root folder (the API) holding guides, a separator, two endpoint groups
const tree: Root = {
  name: 'root',
  children: [
    {
      type: 'folder',
      name: 'Wingfield Partner API',
      children: [
        page('Introduction', '/partner-api'),
        page('Authentication', '/partner-api/authentication'),
        { type: 'separator', name: 'Endpoints' },
        {
          type: 'folder',
          name: 'Booking',
          children: [page('List bookings', '/partner-api/booking/listBookings'), page('Delete booking', '/partner-api/booking/deleteBooking')],
        },
        {
          type: 'folder',
          name: 'Court',
          children: [page('List courts', '/partner-api/court/listCourts'), page('Get court', '/partner-api/court/getCourt')],
        },
      ],
    },
  ],
};

const methods = {
  '/partner-api/booking/listBookings': 'GET',
  '/partner-api/booking/deleteBooking': 'DELETE',
  '/partner-api/court/listCourts': 'GET',
  '/partner-api/court/getCourt': 'GET',
};

describe('createSidebarItems', () => {
  it("lists the section's group in full and links every other group to its first page", () => {
    expect(createSidebarItems({ tree, methods, section: '/partner-api/booking' })).toEqual([
      { type: 'page', name: 'Introduction', url: '/partner-api' },
      { type: 'page', name: 'Authentication', url: '/partner-api/authentication' },
      { type: 'section', name: 'Endpoints' },
      {
        type: 'folder',
        name: 'Booking',
        url: '/partner-api/booking/listBookings',
        children: [
          { type: 'page', name: 'List bookings', url: '/partner-api/booking/listBookings', method: 'GET' },
          { type: 'page', name: 'Delete booking', url: '/partner-api/booking/deleteBooking', method: 'DELETE' },
        ],
      },
      { type: 'folder', name: 'Court', url: '/partner-api/court/listCourts' },
    ]);
  });

  it('opens no group for a guide, and only the group whose pages are under the section', () => {
    const open = (section?: string) =>
      createSidebarItems({ tree, methods, section }).flatMap((item) => (item.type === 'folder' && item.children ? [item.name] : []));
    expect(open()).toEqual([]);
    expect(open('/partner-api/authentication')).toEqual([]);
    expect(open('/partner-api/court')).toEqual(['Court']);
    // a section is a whole segment: `/partner-api/boo` is not `/partner-api/booking`
    expect(open('/partner-api/boo')).toEqual([]);
  });

  it('is plain JSON, the same after a round trip (the browser windows a long group from it)', () => {
    const items = createSidebarItems({ tree, methods, section: '/partner-api/court' });
    expect(JSON.parse(JSON.stringify(items))).toEqual(items);
  });
});

describe('createSiteNavigation', () => {
  it("gives breadcrumb and previous/next across groups, with the endpoints' methods", () => {
    const navigation = createSiteNavigation({ tree, url: '/partner-api/booking/deleteBooking', methods });
    expect(navigation.breadcrumb.map((item) => item.name)).toEqual(['Wingfield Partner API', 'Endpoints', 'Booking']);
    expect(navigation.previous).toEqual({ name: 'List bookings', url: '/partner-api/booking/listBookings', method: 'GET' });
    expect(navigation.next).toEqual({ name: 'List courts', url: '/partner-api/court/listCourts', method: 'GET' });
    expect(createSiteNavigation({ tree, url: '/partner-api', methods }).previous).toBeUndefined();
  });
});

describe('windowAround', () => {
  it('shows a long group only around the current page, so that pages do not grow with the group', () => {
    const items: NavItem[] = Array.from({ length: 200 }, (_, i) => ({ type: 'page', name: `Op ${i}`, url: `/partner-api/repos/op-${i}` }));
    const around = (pathname: string) => windowAround(items, items.findIndex((item) => leadsTo(item, pathname)));
    const names = (shown: NavItem[]) => shown.map((item) => (item.type === 'gap' ? `…${item.count}` : 'name' in item ? item.name : ''));
    expect(names(around('/partner-api/repos/op-100'))).toEqual([
      'Op 0', '…94', 'Op 95', 'Op 96', 'Op 97', 'Op 98', 'Op 99', 'Op 100', 'Op 101', 'Op 102', 'Op 103', 'Op 104', 'Op 105', '…93', 'Op 199',
    ]);
    expect(names(around('/partner-api/repos/op-0'))).toEqual([
      'Op 0', 'Op 1', 'Op 2', 'Op 3', 'Op 4', 'Op 5', 'Op 6', 'Op 7', 'Op 8', 'Op 9', 'Op 10', '…188', 'Op 199',
    ]);
    expect(around('/partner-api/repos/op-199')).toHaveLength(13);
    // a short group is shown whole
    expect(windowAround(items.slice(0, 25), 3)).toHaveLength(25);
  });
});
