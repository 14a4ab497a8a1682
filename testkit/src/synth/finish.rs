//! The finishing phase: the hubs' sessions and summits numbered in order of date ("3rd
//! Session of the CDCE Council…"), every meeting put in order of date, and the records put
//! together as a dataset.
//!
//! Reads (and consumes): the [`World`], the [`Frames`], the [`Agreements`] and the rest of the
//! meetings. Makes: the [`Dataset`].

use multilateral::{Dataset, Meeting};

use super::agreements::Agreements;
use super::frames::{Frames, Numbered};
use super::meetings::Meetings;
use super::pieces::text;
use super::world::World;

/// The dataset of every record the phases made.
pub(crate) fn dataset(
    mut world: World,
    frames: Frames,
    agreements: Agreements,
    rest: Meetings,
) -> Dataset {
    let mut frame_meetings = frames.meetings;
    number(&world, &mut frame_meetings, frames.numbered);
    let mut data = Dataset::new();
    data.meetings = in_order([frame_meetings, agreements.ceremonies, rest]);
    data.officials = world.dir.take_officials();
    data.organizations = world.dir.orgs;
    data.dimensions = world.dir.dims;
    data.mous = agreements.mous;
    data
}

/// Numbers each hub's sessions and summits in order of date, in their titles and in the
/// titles of the sources that bear them.
fn number(world: &World, meetings: &mut Meetings, mut numbered: Vec<Numbered>) {
    numbered.sort_by_key(|n| (n.hub, n.summit, meetings.info(n.meeting).start, n.meeting));
    let mut count = 0;
    let mut group = None;
    for n in numbered {
        if group != Some((n.hub, n.summit)) {
            group = Some((n.hub, n.summit));
            count = 0;
        }
        count += 1;
        let hub = world.hub(n.hub);
        let title = if n.summit {
            format!("{} {} Summit", ordinal(count), hub.def.acronym)
        } else {
            format!(
                "{} Session of the {}",
                ordinal(count),
                world.dir.short(hub.council)
            )
        };
        let title = text(&title);
        let meeting = meetings.record_mut(n.meeting);
        for s in &mut meeting.sources {
            if s.title.as_ref() == Some(&meeting.title) {
                s.title = Some(title.clone());
            }
        }
        meeting.title = title;
    }
}

/// The meetings of the logs (consecutive, from index 0) in order of start day, those of a
/// day in the order they were made.
fn in_order<const N: usize>(logs: [Meetings; N]) -> Vec<Meeting> {
    // One integer key per meeting: the start day (shifted to be non-negative), then the
    // index.
    let mut order: Vec<u64> = logs
        .iter()
        .flat_map(|log| &log.info)
        .enumerate()
        .map(|(i, m)| {
            let day = u64::try_from(i64::from(m.start) - i64::from(i32::MIN))
                .expect("an i32 less i32::MIN is non-negative");
            (day << 32) | i as u64
        })
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<Meeting>> = logs
        .into_iter()
        .flat_map(|log| log.records)
        .map(Some)
        .collect();
    order
        .into_iter()
        .map(|key| {
            let i = usize::try_from(key & u64::from(u32::MAX)).expect("an index is a u32");
            slots[i].take().expect("each meeting is taken once")
        })
        .collect()
}

/// The ordinal of a number: 1st, 2nd, 3rd, 11th, 22nd.
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd",
                "101st", "111th", "112th"
            ]
        );
    }
}
